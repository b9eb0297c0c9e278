import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { ERROR_CODES, ocopError } from "../../../lib/errors"

export const OPTION_TITLE = "Quy cách"

/** A free product handle: the one asked for (400 if taken), or one derived from the title. */
export async function freeHandle(container: MedusaContainer, wanted: string | undefined, base: string, exceptProductId?: string) {
  const products = container.resolve(Modules.PRODUCT)
  const taken = async (handle: string) =>
    (await products.listProducts({ handle }, { select: ["id"], withDeleted: true })).some((p) => p.id !== exceptProductId)
  if (wanted) {
    if (await taken(wanted)) {
      throw ocopError(
        "INVALID_DATA",
        ERROR_CODES.PRODUCT_DUPLICATE_HANDLE,
        `Đường dẫn «${wanted}» đã được dùng`,
        `Handle ${wanted} is taken`
      )
    }
    return wanted
  }
  let handle = base || "san-pham"
  for (let n = 2; await taken(handle); n++) handle = `${base}-${n}`
  return handle
}
