import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const medusaErrorHandler = errorHandler()
const COMPLETE_CART = /^\/store\/carts\/[^/]+\/complete\/?$/

/**
 * The two ways a checkout loses a race, in the shopper's language: the stock ran out while they
 * paid, or too many shoppers reached the last units at the same moment (the inventory lock timed
 * out; nothing was placed, a retry may succeed). Every other error keeps Medusa's handling.
 */
export function translateCheckoutError(error: any, req: MedusaRequest) {
  if (!COMPLETE_CART.test(req.path ?? "")) {
    return error
  }
  const message = String(error?.message ?? "")
  if (/not enough stock|does not have the required inventory|insufficient/i.test(message)) {
    return new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Sản phẩm đã hết hàng hoặc không còn đủ số lượng bạn chọn; đơn hàng chưa được tạo. (Out of stock: the order was not placed.)",
      "out_of_stock"
    )
  }
  if (error?.type === MedusaError.Types.CONFLICT && /already being completed/i.test(message)) {
    // the same cart in another checkout: a double click, or a server that died mid-checkout and
    // holds the cart's lock until it lapses (Medusa's completeCartWorkflow: up to 2 minutes)
    const inProgress = new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Giỏ hàng này đang được xử lý đặt hàng trong một yêu cầu khác; vui lòng đợi ít phút rồi thử lại — đơn hàng sẽ không bị tạo hai lần. (This cart is already being checked out: please retry in a few minutes; the order will not be placed twice.)",
      "checkout_busy"
    )
    return Object.assign(inProgress, { retryable: true })
  }
  if (error?.type === MedusaError.Types.CONFLICT) {
    const busy = new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Nhiều người đang đặt mua cùng lúc những sản phẩm cuối cùng; đơn hàng của bạn chưa được tạo, vui lòng thử lại. (Too many checkouts at once: the order was not placed, please retry.)",
      "checkout_busy"
    )
    return Object.assign(busy, { retryable: true })
  }
  return error
}

/** Our own conflicts (code "area.reason", e.g. auth.email_taken): Medusa's handler would replace the Vietnamese message with a generic retry text. */
const isOcopConflict = (error: any) => error?.type === MedusaError.Types.CONFLICT && /^[a-z_]+(\.[a-z_]+)+$/.test(String(error?.code ?? ""))

export function checkoutErrorHandler(error: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // body-parser refuses a JSON body over Medusa's limit before any validator runs; say so in Vietnamese
  if (error?.type === "entity.too.large") {
    return res.status(413).json({
      type: "invalid_data",
      code: "ocop.input.too_large",
      message: "Dữ liệu gửi lên quá lớn (request body too large)",
    })
  }
  if (isOcopConflict(error)) {
    return res.status(409).json({ type: "conflict", code: error.code, message: error.message })
  }
  const translated = translateCheckoutError(error, req)
  if (translated !== error && translated.code === "checkout_busy") {
    // 409 tells clients that retrying is sensible; the body says why in Vietnamese.
    return res.status(409).json({ type: "conflict", code: translated.code, message: translated.message })
  }
  return medusaErrorHandler(translated, req as any, res as any, next)
}
