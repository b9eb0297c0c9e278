import { CONSIGNMENT_STATUS_LABELS, type ConsignmentStatus } from "@ocop/domain"
import { ERROR_CODES, ocopError } from "../../lib/errors"

/** Also what a point the caller does not staff answers, so staff cannot probe other points. */
export const pointNotFound = () =>
  ocopError("NOT_FOUND", ERROR_CODES.POS_POINT_NOT_FOUND, "Không tìm thấy điểm bán", "Point of sale not found")

export const consignmentNotFound = () =>
  ocopError("NOT_FOUND", ERROR_CODES.POS_CONSIGNMENT_NOT_FOUND, "Không tìm thấy phiếu ký gửi", "Consignment not found")

export const consignmentRequired = () =>
  ocopError(
    "NOT_ALLOWED",
    ERROR_CODES.POS_CONSIGNMENT_REQUIRED,
    "Hàng của chủ thể OCOP chỉ được nhận theo phiếu ký gửi đã được chủ thể xác nhận",
    "A producer's goods are received only through a consignment the producer confirmed"
  )

export const consignmentNotInState = (status: string, wanted: ConsignmentStatus) =>
  ocopError(
    "NOT_ALLOWED",
    ERROR_CODES.POS_CONSIGNMENT_STATE,
    `Phiếu ký gửi đang ở trạng thái «${CONSIGNMENT_STATUS_LABELS[status as ConsignmentStatus]?.vi ?? status}», không thể chuyển sang «${CONSIGNMENT_STATUS_LABELS[wanted].vi}»`,
    `The consignment is ${status}; it cannot become ${wanted}`
  )

export const producerNotFound = () =>
  ocopError("NOT_FOUND", ERROR_CODES.POS_PRODUCER_NOT_FOUND, "Không tìm thấy chủ thể OCOP", "Producer not found")

export const notProducerProduct = () =>
  ocopError(
    "INVALID_DATA",
    ERROR_CODES.POS_NOT_PRODUCER_PRODUCT,
    "Có sản phẩm không thuộc chủ thể này",
    "Some items belong to another producer"
  )
