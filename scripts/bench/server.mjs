// A Medusa production build started on a chosen port and stopped again within the run, so a bench
// section can bring its own backend (its own database) up and down without ending the bench.
import { spawn } from "node:child_process"
import net from "node:net"
import path from "node:path"
import { BACKEND } from "../lib/paths.mjs"
import { onShutdown, shutdown, waitForUrl } from "../lib/processes.mjs"

/** Process groups this run started; whatever is left of them dies with the bench. */
const groups = new Set()

process.on("exit", () => {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, "SIGKILL")
    } catch {}
  }
})

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/** SIGTERM to the whole group (npx, its shell and the Medusa node process), SIGKILL after 10 s. */
async function stopGroup(pgid) {
  const deadline = Date.now() + 10_000
  let signal = "SIGTERM"
  while (groupAlive(pgid)) {
    try {
      process.kill(-pgid, signal)
    } catch {}
    if (Date.now() > deadline) signal = "SIGKILL"
    await new Promise((r) => setTimeout(r, 200))
  }
  groups.delete(pgid)
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(port, () => server.close(() => resolve(true)))
  })
}

/** The first free port from `preferred` on (another engineer's stack may hold the usual ones). */
export async function freePort(preferred) {
  for (let port = preferred; port < preferred + 50; port++) {
    if (await portIsFree(port)) return port
  }
  throw new Error(`no free port in ${preferred}–${preferred + 49}`)
}

/** `medusa start` from backend/.medusa/server (run `medusa build` first) on `port`; resolves once /health answers. */
export async function startBuiltBackend({ name, env, port }) {
  const url = `http://localhost:${port}`
  const child = spawn("npx", ["medusa", "start"], {
    cwd: path.join(BACKEND, ".medusa", "server"),
    // the production heap cap of the memory budget (docker-compose.yml, README "Scale and benchmarks")
    env: { NODE_OPTIONS: `--max-old-space-size=${process.env.BACKEND_HEAP_MB || 384}`, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  groups.add(child.pid)
  let stopping = false
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    stream.on("data", (chunk) => {
      for (const line of chunk.toString().split("\n")) {
        if (line.trim() && !line.startsWith("npm warn")) out.write(`[${name}] ${line}\n`)
      }
    })
  }
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`[${name}] exited (${signal ?? code}); stopping the bench`)
      shutdown(1)
    }
  })
  const stop = async () => {
    if (stopping) return
    stopping = true
    await stopGroup(child.pid)
  }
  onShutdown(stop)
  await waitForUrl(`${url}/health`)
  return { url, stop, rssMegabytes: () => groupRssMegabytes(child.pid) }
}

/** Resident memory of the largest process in the group (the Medusa node process), in MB. */
async function groupRssMegabytes(pgid) {
  const { execFile } = await import("node:child_process")
  const out = await new Promise((resolve) =>
    execFile("ps", ["-o", "rss=", "-g", String(pgid)], (error, stdout) => resolve(error ? "" : stdout))
  )
  const kilobytes = out.split("\n").map(Number).filter(Number.isFinite)
  return kilobytes.length ? Math.round(Math.max(...kilobytes) / 1024) : null
}
