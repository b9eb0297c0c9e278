import { vietQrReferenceIn } from "../reference"

describe("a VietQR reference in a bank's transfer note", () => {
  it("is found however the bank rewrote the note", () => {
    expect(vietQrReferenceIn("OCOP 4FAE10B621")).toBe("OCOP 4FAE10B621")
    expect(vietQrReferenceIn("MBVCB.123456.OCOP4FAE10B621.CT tu 0912345678")).toBe("OCOP 4FAE10B621")
    expect(vietQrReferenceIn("ocop 4fae10b621 chuyen tien")).toBe("OCOP 4FAE10B621")
    expect(vietQrReferenceIn(null, "IBFT OCOP4FAE10B621")).toBe("OCOP 4FAE10B621")
  })

  it("is not read from a longer code or a note without one", () => {
    expect(vietQrReferenceIn("OCOP4FAE10B621XYZ")).toBeNull()
    expect(vietQrReferenceIn("chuyen tien hang")).toBeNull()
    expect(vietQrReferenceIn(null, undefined)).toBeNull()
  })
})
