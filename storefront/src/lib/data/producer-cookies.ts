import { sessionCookie } from "./session-cookie"

/**
 * The producer portal's session: the JWT of a `producer` actor in its own cookie, separate from the
 * shopper's (a person may be both). Kept a day.
 */
const producer = sessionCookie("_ocop_producer_jwt", 60 * 60 * 24)

export const getProducerToken = producer.get
export const setProducerToken = producer.set
export const removeProducerToken = producer.remove
