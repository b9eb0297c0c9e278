/**
 * Monorepo guard, preloaded into every Next.js process of the storefront (see package.json).
 *
 * npm hoists `next` to the repository root, where the backend's React 18 (Medusa admin) also
 * lives, while this app's React 19 sits in storefront/node_modules. Without this hook, Next's
 * pages runtime (used to prerender /404 and /500) requires react-dom 18 from the root and
 * renders elements created by React 19: "Minified React error #31". Resolving every bare
 * `react` / `react-dom` request from this folder gives each process one React, 19.
 */
const Module = require("node:module")

const appDir = __dirname
const originalResolve = Module._resolveFilename
const REACT_REQUEST = /^(react|react-dom)(\/.*)?$/

Module._resolveFilename = function resolveReactFromStorefront(request, parent, isMain, options) {
  if (REACT_REQUEST.test(request) && !(options && options.paths)) {
    try {
      return originalResolve.call(this, request, parent, isMain, { paths: [appDir] })
    } catch {
      // fall through to the normal resolution
    }
  }
  return originalResolve.call(this, request, parent, isMain, options)
}
