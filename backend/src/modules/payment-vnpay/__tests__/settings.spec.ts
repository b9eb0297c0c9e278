import { VNPAY_SANDBOX_HOST, VnpayConfigurationError, vnpaySettings } from "../settings"

describe("VNPay settings", () => {
  it("leaves VNPay off when neither credential is set", () => {
    expect(vnpaySettings({ NODE_ENV: "production" })).toBeNull()
  })

  it("refuses to start outside development with only one credential, naming the missing one", () => {
    expect(() => vnpaySettings({ NODE_ENV: "production", VNPAY_TMN_CODE: "OCOPTEST" })).toThrow(VnpayConfigurationError)
    expect(() => vnpaySettings({ NODE_ENV: "test", VNPAY_SECURE_SECRET: "s3cret-s3cret" })).toThrow(/thiếu VNPAY_TMN_CODE/)
  })

  it("stays off with a warning in development when half configured", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined)
    expect(vnpaySettings({ NODE_ENV: "development", VNPAY_TMN_CODE: "OCOPTEST" })).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/VNPAY_SECURE_SECRET/))
    warn.mockRestore()
  })

  it("uses the sandbox and the storefront's return page unless told otherwise", () => {
    expect(
      vnpaySettings({
        NODE_ENV: "production",
        VNPAY_TMN_CODE: "OCOPTEST",
        VNPAY_SECURE_SECRET: "s3cret",
        STOREFRONT_URL: "https://cho.ocop.vn/",
      })
    ).toEqual({
      tmn_code: "OCOPTEST",
      secure_secret: "s3cret",
      host: VNPAY_SANDBOX_HOST,
      return_url: "https://cho.ocop.vn/vi/checkout/vnpay",
    })
  })
})
