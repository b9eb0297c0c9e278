/** The error response of a request that must fail (axios rejects non-2xx); fails the test on success. */
export const failed = (promise: Promise<any>) =>
  promise.then(
    (r) => {
      throw new Error(`expected an error response, got ${r.status}`)
    },
    (e) => e.response
  )
