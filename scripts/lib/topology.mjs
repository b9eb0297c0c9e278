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

const upstream = (name, addresses) => `
  upstream ${name} {
${addresses.map((address) => `    server ${address} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
  }`

// POST is never replayed on the other server (nginx's default: non-idempotent requests are not
// retried), so a checkout cut by a dying server is the shopper's retry to make, not the balancer's.
// 20 MB bodies on both: producers upload photos through the storefront's routes as well.
const proxy = (listens, upstreamName) => `
  server {
${listens.map((listen) => `    listen ${listen};`).join("\n")}
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

/**
 * The balancer's http block: each process at `address(process, port of its group)`, the balancer
 * listening on `listens(port)` for the backend's and the storefront's port.
 */
const balancer = ({ address, listens }) => `${upstream(
  "ocop_backend",
  TOPOLOGY.backend.servers.map((p) => address(p, TOPOLOGY.backend.port))
)}
${upstream(
  "ocop_storefront",
  TOPOLOGY.storefront.instances.map((p) => address(p, TOPOLOGY.storefront.port))
)}
${proxy(listens(TOPOLOGY.backend.port), "ocop_backend")}
${proxy(listens(TOPOLOGY.storefront.port), "ocop_storefront")}`

/** nginx.conf for a prefix directory (logs, pid and temp files stay inside it): npm run stack:prod, the fault suite. */
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
${balancer({ address: (p) => `127.0.0.1:${p.port}`, listens: (port) => [`127.0.0.1:${port}`, `[::1]:${port}`] })}
}
`
}

/**
 * deploy/nginx.conf, the balancer of docker-compose.yml: the same shape with the compose services'
 * names (each listens on its own port inside its container). The compose test keeps the file equal to this.
 */
export function composeNginxConfig() {
  return `# The balancer of docker-compose.yml, written from scripts/lib/topology.mjs (composeNginxConfig;
# scripts/compose.test.mjs checks the file is equal to it). Terminate TLS in front of this.
worker_processes auto;
events { worker_connections 1024; }
http {
  access_log off;
${balancer({ address: (p, port) => `${p.name}:${port}`, listens: (port) => [String(port)] })}
}
`
}
