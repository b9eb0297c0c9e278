// The production shape on one machine (npm run stack:prod, the fault suite): which process listens
// where, and the nginx configuration that balances the servers and the storefronts.
import path from "node:path"

const local = (port) => `http://localhost:${port}`

export const TOPOLOGY = {
  backend: {
    url: local(9000),
    port: 9000,
    servers: [
      { name: "server-a", port: 9001, url: local(9001), mode: "server" },
      { name: "server-b", port: 9002, url: local(9002), mode: "server" },
    ],
    worker: { name: "worker", port: 9003, url: local(9003), mode: "worker" },
  },
  storefront: {
    url: local(8000),
    port: 8000,
    instances: [
      { name: "storefront-a", port: 8001, url: local(8001) },
      { name: "storefront-b", port: 8002, url: local(8002) },
    ],
  },
}

const upstream = (name, ports) => `
  upstream ${name} {
${ports.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
  }`

// POST is never replayed on the other server (nginx's default: non-idempotent requests are not
// retried), so a checkout cut by a dying server is the shopper's retry to make, not the balancer's.
const proxy = (port, upstreamName) => `
  server {
    listen 127.0.0.1:${port};
    listen [::1]:${port};
    client_max_body_size 20m;
    location / {
      proxy_pass http://${upstreamName};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_read_timeout 120s;
    }
  }`

/** nginx.conf for a prefix directory (logs, pid and temp files stay inside it). */
export function nginxConfig(prefix) {
  const temp = (name) => path.join(prefix, "tmp", name)
  return `# written by scripts/lib/topology.mjs
worker_processes 1;
pid ${path.join(prefix, "nginx.pid")};
error_log ${path.join(prefix, "logs", "error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
${upstream(
  "ocop_backend",
  TOPOLOGY.backend.servers.map((s) => s.port)
)}
${upstream(
  "ocop_storefront",
  TOPOLOGY.storefront.instances.map((s) => s.port)
)}
${proxy(TOPOLOGY.backend.port, "ocop_backend")}
${proxy(TOPOLOGY.storefront.port, "ocop_storefront")}
}
`
}
