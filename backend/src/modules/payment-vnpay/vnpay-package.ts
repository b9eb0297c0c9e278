// The vnpay package ships CommonJS (its exports' "require" condition, which Medusa loads) but its
// "types" condition points TypeScript at the ESM declarations; the code is the same.
// @ts-expect-error TS1479: ESM declarations of a package required as CommonJS
export { HashAlgorithm, ignoreLogger, VNPay, ProductCode, VnpLocale } from "vnpay"
// @ts-expect-error TS1479 (as above)
export { InpOrderAlreadyConfirmed, IpnFailChecksum, IpnInvalidAmount, IpnOrderNotFound, IpnSuccess, IpnUnknownError } from "vnpay"
// @ts-expect-error TS1479 (as above)
export type { IpnResponse } from "vnpay"
