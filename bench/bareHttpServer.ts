// The baseline for HTTP-interactions acknowledgement: a bare node:http server that verifies Discord's
// signature (the one thing Discord requires of every endpoint) and answers type 5 to every interaction.
import { createPublicKey, verify } from "node:crypto";
import { createServer } from "node:http";

const key = createPublicKey({
  key: Buffer.concat([
    Buffer.from("302a300506032b6570032100", "hex"),
    Buffer.from(process.env.PUBLIC_KEY ?? "", "hex"),
  ]),
  format: "der",
  type: "spki",
});

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks);
    const timestamp = String(request.headers["x-signature-timestamp"] ?? "");
    const signature = Buffer.from(String(request.headers["x-signature-ed25519"] ?? ""), "hex");
    if (
      signature.length !== 64 ||
      !verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, signature)
    ) {
      response.writeHead(401).end();
      return;
    }
    const ping = (JSON.parse(body.toString("utf8")) as { type?: number }).type === 1;
    response
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ type: ping ? 1 : 5 }));
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("bare http server listening"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
