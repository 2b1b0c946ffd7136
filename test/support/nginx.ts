import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitFor } from "./ports.js";

export const NGINX = "/usr/sbin/nginx";

/** One proxied request as nginx logged it: which instance answered, and the body it passed on. */
export interface ProxiedRequest {
  readonly upstream: string;
  readonly status: number;
  readonly body: string;
}

export interface LoadBalancer {
  readonly url: string;
  /** Every request to /interactions so far, in the order nginx finished them. */
  proxied(): ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * Debian's nginx in front of the given loopback ports, round robin, as a child process with its own
 * prefix directory (config, logs, temp files): what an operator puts in front of several instances.
 * A POST is passed to the next instance only when it could not be sent to one (connection refused).
 */
export async function startLoadBalancer(port: number, upstreams: readonly number[]): Promise<LoadBalancer> {
  const prefix = mkdtempSync(join(tmpdir(), "nginx-lb-"));
  for (const dir of ["logs", "temp"]) mkdirSync(join(prefix, dir));
  const accessLog = join(prefix, "logs", "interactions.log");
  const config = `
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 1;
error_log ${join(prefix, "logs", "error.log")} warn;
pid ${join(prefix, "nginx.pid")};
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${join(prefix, "temp", "body")};
  proxy_temp_path ${join(prefix, "temp", "proxy")};
  fastcgi_temp_path ${join(prefix, "temp", "fastcgi")};
  uwsgi_temp_path ${join(prefix, "temp", "uwsgi")};
  scgi_temp_path ${join(prefix, "temp", "scgi")};
  log_format interactions escape=json '{"upstream":"$upstream_addr","status":$status,"body":"$request_body"}';
  upstream bots {
${upstreams.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 1m;
    client_body_buffer_size 1m;
    location = /interactions {
      access_log ${accessLog} interactions;
      proxy_pass http://bots;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_connect_timeout 1s;
      proxy_read_timeout 10s;
      proxy_next_upstream error timeout;
    }
    location / { proxy_pass http://bots; }
  }
}
`;
  const configPath = join(prefix, "nginx.conf");
  writeFileSync(configPath, config);
  const child: ChildProcess = spawn(NGINX, ["-p", prefix, "-c", configPath, "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const stderr: string[] = [];
  child.stderr?.on("data", (chunk) => stderr.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr.join("")}`);
      await fetch(`${url}/nginx-probe`);
      return true;
    },
    10_000,
    "nginx to listen",
  );
  return {
    url,
    proxied() {
      let text = "";
      try {
        text = readFileSync(accessLog, "utf8");
      } catch {
        return [];
      }
      return text
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as ProxiedRequest);
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((exited) => {
          child.once("exit", () => exited());
          child.kill("SIGQUIT");
        });
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
