export * from "./store-responses.js"
export * from "./cache-tags.js"
export * from "./error-codes.js"
export * from "./shipping.js"
