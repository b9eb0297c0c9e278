import { z } from "@medusajs/framework/zod"
import { checkBody, validateBody, validateQuery } from "../validation"

/** Runs one middleware on a bare request: what it answered, or what it left for the handler. */
async function run(middleware: any, fields: Record<string, unknown>) {
  const req: Record<string, any> = { query: {}, ...fields }
  const answer: { status?: number; body?: any; next?: boolean; error?: unknown } = {}
  const res = {
    status(code: number) {
      answer.status = code
      return this
    },
    json(body: unknown) {
      answer.body = body
      return this
    },
  }
  await middleware(req, res, (error?: unknown) => {
    answer.next = !error
    answer.error = error
  })
  return { answer, req }
}

const Stock = z.object({
  name: z.string().max(5, "Tối đa 5 ký tự (at most 5 characters)"),
  quantity: z.number().int().min(1),
  kind: z.enum(["receive", "transfer"]),
})

describe("the one validator of OCOP routes", () => {
  it("keeps the schema's Vietnamese message and answers the one 400 shape", async () => {
    const { answer } = await run(validateBody(Stock), { body: { name: "Mật ong rừng", quantity: 2, kind: "receive" } })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({
      type: "invalid_data",
      code: "ocop.validation",
      message: "Tối đa 5 ký tự (at most 5 characters)",
      issues: [{ path: "name", message: "Tối đa 5 ký tự (at most 5 characters)" }],
    })
  })

  it("names the field in both languages where the schema has no message of its own", async () => {
    const { answer } = await run(validateBody(Stock), { body: { name: "A", quantity: 0 } })
    expect(answer.body.issues).toEqual([
      { path: "quantity", message: "Trường 'quantity' nhỏ hơn mức tối thiểu 1 (field 'quantity' is below the minimum 1)" },
      { path: "kind", message: "Thiếu trường 'kind' (field 'kind' is required)" },
    ])
    expect(answer.body.message).toBe(answer.body.issues.map((i: any) => i.message).join("; "))
  })

  it("refuses unknown fields and hands the parsed body to the handler", async () => {
    const refused = await run(validateBody(Stock), { body: { name: "A", quantity: 1, kind: "receive", producer_id: "x" } })
    expect(refused.answer.body.message).toBe("Trường không được phép: producer_id (unrecognized fields)")
    const passed = await run(validateBody(Stock), { body: { name: "A", quantity: 1, kind: "receive" } })
    expect([passed.answer.next, passed.req.validatedBody]).toEqual([true, { name: "A", quantity: 1, kind: "receive" }])
  })

  it("reads a query as Medusa does: ?a=1,2 is a list", async () => {
    const Params = z.object({
      ids: z.array(z.string()),
      limit: z.coerce.number().int().max(100, "limit tối đa 100 (limit: at most 100)").default(20),
    })
    const { answer, req } = await run(validateQuery(Params), { query: { ids: ["a,b"] } })
    expect([answer.next, req.validatedQuery]).toEqual([true, { ids: ["a", "b"], limit: 20 }])
    const refused = await run(validateQuery(Params), { query: { ids: ["a"], limit: "500" } })
    expect([refused.answer.status, refused.answer.body.message]).toEqual([400, "limit tối đa 100 (limit: at most 100)"])
  })

  it("checks a body Medusa's own route stores without replacing it, each message naming its field", async () => {
    const Address = z.looseObject({ shipping_address: z.object({ address_1: z.string().max(3, "Tối đa 3 ký tự") }).optional() })
    const body = { shipping_address: { address_1: "12 Trần Phú" }, region_id: "reg_1" }
    const { answer } = await run(checkBody(Address), { body })
    expect([answer.status, answer.body.message]).toEqual([400, "shipping_address.address_1: Tối đa 3 ký tự"])
    const passed = await run(checkBody(Address), { body: { region_id: "reg_1" } })
    expect([passed.answer.next, passed.req.validatedBody]).toEqual([true, undefined])
  })
})
