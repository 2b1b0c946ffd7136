/**
 * A route's path: a RegExp with named groups, run on the raw path; or a template such as
 * "/webhooks/:app/:token", whose segments are compared with the percent-decoded segments of the path
 * (discord.js escapes path parameters, so "@original" arrives as "%40original").
 */
type PathPattern = RegExp | string;

interface Routable {
  method: string;
  pattern: PathPattern;
}

type RouteMatch<R extends Routable> =
  | { route: R; params: Record<string, string> }
  /** `pathKnown`: some route has this path, under another method (a 405 rather than a 404). */
  | { route: undefined; pathKnown: boolean };

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The path's segments after the leading slash, percent-decoded where they decode. */
export function pathSegments(path: string): string[] {
  return path.split("/").slice(1).map(safeDecode);
}

function matchTemplate(template: string, segments: string[]): Record<string, string> | undefined {
  const parts = template.split("/").slice(1);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? "";
    if (part.startsWith(":")) params[part.slice(1)] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}

/** The path parameters when `path` matches `pattern`, else undefined. */
export function matchPath(pattern: PathPattern, path: string): Record<string, string> | undefined {
  if (typeof pattern === "string") return matchTemplate(pattern, pathSegments(path));
  const match = pattern.exec(path);
  return match === null ? undefined : { ...match.groups };
}

/** The first route whose method and path match, with its parameters. */
export function matchRoute<R extends Routable>(
  routes: readonly R[],
  method: string,
  path: string,
): RouteMatch<R> {
  let pathKnown = false;
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (params === undefined) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    return { route, params };
  }
  return { route: undefined, pathKnown };
}
