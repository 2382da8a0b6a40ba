import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { contentType } from "mime-types";
import { distDir } from "../build/lib/dist.ts";
import { headersFor, parseHeadersFile } from "../build/lib/headersFile.ts";

/** A running static server over dist/, on 127.0.0.1 and a random free port. */
export interface StaticServer {
  /** "http://127.0.0.1:<port>", with no trailing slash. */
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/** Serves dist/ like a static host: gzip for text, directories → index.html, "/dir" → redirect to "/dir/", _headers applied, 404.html for misses. */
export async function startStaticServer(root: string = distDir): Promise<StaticServer> {
  const headersPath = join(root, "_headers");
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, "utf8")) : [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const pathname = decodeURIComponent(url.pathname);
    const file = normalize(join(root, pathname.endsWith("/") ? `${pathname}index.html` : pathname));
    const send = (status: number, path: string): void => {
      const headers = Object.fromEntries(headersFor(rules, url.pathname));
      const type = contentType(extname(path)) || "application/octet-stream";
      // Like every static host and CDN, text is sent compressed to clients that accept it.
      const compress =
        /gzip/.test(request.headers["accept-encoding"] ?? "") && /^(text|application)\//.test(type);
      const body = readFileSync(path);
      response.writeHead(status, {
        ...headers,
        "content-type": type,
        ...(compress ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
      });
      response.end(compress ? gzipSync(body) : body);
    };
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
    } else if (existsSync(file) && statSync(file).isFile()) {
      send(200, file);
    } else if (existsSync(join(file, "index.html"))) {
      response.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
    } else if (existsSync(join(root, "404.html"))) {
      send(404, join(root, "404.html"));
    } else {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
