import { spawn } from "node:child_process"

const children = new Set()

/** Runs a command to completion, streaming its output; rejects on a non-zero exit. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options })
    children.add(child)
    child.on("exit", (code) => {
      children.delete(child)
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))
    })
  })
}

/** Starts a long-running service with prefixed output; the process group is killed on exit. */
export function startService(name, command, args, options = {}) {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], detached: true, ...options })
  children.add(child)
  const prefix = (stream, out) =>
    stream.on("data", (chunk) => {
      for (const line of chunk.toString().split("\n")) {
        if (line.trim()) out.write(`[${name}] ${line}\n`)
      }
    })
  prefix(child.stdout, process.stdout)
  prefix(child.stderr, process.stderr)
  child.on("exit", (code, signal) => {
    children.delete(child)
    if (!stopping && !expectedExits.has(child)) {
      console.error(`[${name}] exited (${signal ?? code}); stopping the stack`)
      shutdown(1)
    }
  })
  return child
}

/** Signals a service's whole process group (npx → node → workers), or the child alone if it has none. */
function signalService(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    child.kill(signal)
  }
}

/** Children a caller stops on purpose (the fault suite kills a server): their exit stops nothing else. */
const expectedExits = new WeakSet()

/** Kills one service without stopping the stack (signal: SIGKILL for a crash, SIGTERM for a stop). */
export function stopService(child, signal = "SIGKILL") {
  expectedExits.add(child)
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once("exit", () => resolve())
    signalService(child, signal)
  })
}

let stopping = false
let cleanups = []

export function onShutdown(fn) {
  cleanups.push(fn)
}

export async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  for (const child of children) signalService(child, "SIGTERM")
  for (const fn of cleanups.reverse()) {
    await fn().catch(() => {})
  }
  process.exit(code)
}

// Last resort when the process ends without going through shutdown(): never leave servers behind.
process.on("exit", () => {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {}
  }
})

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => shutdown(0))
}

export async function waitForUrl(url, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}

/** Refuses to start a service whose port already answers (an old server would be tested instead). */
export async function assertNothingAnswers(url) {
  const answered = await fetch(url).then(
    () => true,
    () => false
  )
  if (answered) {
    throw new Error(`${url} already answers: stop the process holding that port first`)
  }
}
