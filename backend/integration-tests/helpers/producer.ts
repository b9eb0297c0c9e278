type Api = { get: Function; post: Function; delete: Function }

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

export const PRODUCER_PASSWORD = "mat-khau-2026"

/** A producer login through Medusa's own auth routes (actor type `producer`, emailpass). */
export async function registerProducerLogin(api: Api, email: string, password = PRODUCER_PASSWORD): Promise<string> {
  const { data } = await api.post("/auth/producer/emailpass/register", { email, password })
  return data.token as string
}

export async function loginProducer(api: Api, email: string, password = PRODUCER_PASSWORD): Promise<string> {
  const { data } = await api.post("/auth/producer/emailpass", { email, password })
  return data.token as string
}

export const profile = (name: string, overrides: Record<string, unknown> = {}) => ({
  name,
  type: "HTX",
  tax_code: "3001234567",
  province_code: "42",
  commune: "Xã Cẩm Xuyên",
  address: "Thôn 3, xã Cẩm Xuyên",
  phone: "0912 345 678",
  story: `${name} làm nước mắm truyền thống.`,
  ...overrides,
})

/** Register + onboarding + token refresh: a producer (awaiting approval) and a token that opens the portal. */
export async function onboardProducer(api: Api, email: string, name: string, overrides: Record<string, unknown> = {}) {
  const first = await registerProducerLogin(api, email)
  const { data } = await api.post("/producer/onboarding", profile(name, overrides), bearer(first))
  const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(first))
  return { token: refreshed.token as string, producer: data.producer, member: data.member }
}
