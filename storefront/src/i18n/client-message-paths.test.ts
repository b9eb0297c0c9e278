import assert from "node:assert/strict"
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { describe, it } from "node:test"
import { CLIENT_MESSAGES, type ClientMessagesArea, clientMessagePaths, pickMessages } from "./client-message-paths"

const SRC = path.join(import.meta.dirname, "..")

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(file)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [file] : []
  })
}

/** The area whose provider wraps a client component in `file` (the shop's unless it sits in the portal or the counter). */
function areaOf(file: string): ClientMessagesArea[] {
  const relative = path.relative(SRC, file)
  if (/modules[\\/]producer|producer[\\/]\(/.test(relative)) return ["producer"]
  if (/modules[\\/]pos|\[locale\][\\/]pos/.test(relative)) return ["pos"]
  return Object.keys(CLIENT_MESSAGES) as ClientMessagesArea[]
}

describe("client messages", () => {
  it("keeps only the picked namespaces and parts of namespaces, nested as they were", () => {
    const messages = { cart: { add: { title: "Thêm" }, line: { remove: "Xoá" } }, common: { x: "y" }, pos: { a: "b" } }
    assert.deepEqual(pickMessages(messages, ["common", "cart.add", "missing.part"]), {
      common: { x: "y" },
      cart: { add: { title: "Thêm" } },
    })
    assert.deepEqual(pickMessages(messages, ["cart.add", "cart.line"]), { cart: messages.cart })
  })

  it("every area carries the shop's messages (a provider below another replaces them)", () => {
    for (const area of Object.keys(CLIENT_MESSAGES) as ClientMessagesArea[]) {
      for (const shared of CLIENT_MESSAGES.shop) assert.ok(clientMessagePaths(area).includes(shared), `${area} lacks ${shared}`)
    }
  })

  it("every namespace a client component reads is sent to the browser by some area", () => {
    const clientFiles = sourceFiles(SRC).filter((file) => readFileSync(file, "utf8").includes('"use client"'))
    assert.ok(clientFiles.length > 10)
    // components without "use client" that client components import (a star badge in the search box)
    const shared = [path.join(SRC, "modules", "common", "components", "star-badge.tsx")]
    for (const file of [...clientFiles, ...shared]) {
      for (const [, namespace] of readFileSync(file, "utf8").matchAll(/useTranslations\("([^"]+)"\)/g)) {
        const covered = areaOf(file).some((area) => clientMessagePaths(area).some((p) => namespace === p || namespace.startsWith(`${p}.`)))
        assert.ok(covered, `${path.relative(SRC, file)} reads "${namespace}", which no client message area sends`)
      }
    }
  })

  it("every area's paths exist in the messages (a typo would send nothing)", () => {
    // the site-wide messages merged with each area's file, as i18n/request.ts does
    const folder = path.join(SRC, "..", "messages")
    const read = (file: string) => JSON.parse(readFileSync(path.join(folder, file), "utf8")) as Record<string, unknown>
    const messages = Object.assign(read("vi.json"), ...readdirSync(path.join(folder, "vi")).map((file) => read(`vi/${file}`)))
    const paths = Object.values(CLIENT_MESSAGES).flat()
    const picked = pickMessages(messages, paths)
    for (const p of paths) {
      const value = p.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], picked)
      assert.ok(value && typeof value === "object", `${p} missing from messages/vi.json`)
    }
  })
})
