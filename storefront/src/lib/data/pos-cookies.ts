import { sessionCookie } from "./session-cookie"

/**
 * The point-of-sale staff token lives in its own cookie, apart from a shopper's (`_ocop_jwt`): a
 * tablet at the counter can hold a staff session without touching any customer account. Scoped to
 * the whole site because the labels PDF route (/api/pos/…) needs it too. A shift: 12 hours.
 */
const pos = sessionCookie("_ocop_pos_jwt", 60 * 60 * 12)

export const getPosToken = pos.get
export const posHeaders = pos.bearer
/** Only callable from a server action or route handler. */
export const setPosToken = pos.set
export const removePosToken = pos.remove
