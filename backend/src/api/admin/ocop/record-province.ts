import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PROGRAMME_MODULE } from "../../../modules/programme"
import type ProgrammeModuleService from "../../../modules/programme/service"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"

/** The kinds of record an office route acts on, each with one way to find its province. */
export type OfficeRecordKind = "certificate" | "product" | "producer" | "sales_point" | "point" | "fair" | "programme_target"

/** A record as the scope check sees it: found or not, its province (null when it has none) and for certificates its stars. */
export type RecordProvince = {
  found: boolean
  province_code: string | null
  /** for certificates: what the 5★ rule needs */
  certificate?: { stars: number; issuer: string; status: string }
}

const NOT_FOUND: RecordProvince = { found: false, province_code: null }

/**
 * The province a record belongs to: a certificate's is its product's producer's; a product's its
 * producer's; a producer's its own; a sales point or fair its own; a booth its fair's; a programme
 * target its own. A product without a producer has no province (only a national account acts on it).
 * Each read is the owning module's: Query across the certificate and product links, the producer,
 * retail and programme services for their own records.
 */
export async function provinceOfRecord(container: MedusaContainer, kind: OfficeRecordKind, id: string): Promise<RecordProvince> {
  if (typeof id !== "string" || !id) return NOT_FOUND
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  switch (kind) {
    case "certificate": {
      const { data } = await query.graph({
        entity: "certificate",
        fields: ["id", "stars", "issuer", "status", "product.producer.province_code"],
        filters: { id },
      })
      const c = data[0] as any
      return c
        ? {
            found: true,
            province_code: c.product?.producer?.province_code ?? null,
            certificate: { stars: c.stars, issuer: c.issuer, status: c.status },
          }
        : NOT_FOUND
    }
    case "product": {
      const { data } = await query.graph({ entity: "product", fields: ["id", "producer.province_code"], filters: { id } })
      const p = data[0] as any
      return p ? { found: true, province_code: p.producer?.province_code ?? null } : NOT_FOUND
    }
    case "producer": {
      const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
      return firstRow(await producers.listProducers({ id }, { select: ["id", "province_code"] }))
    }
    case "sales_point": {
      const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
      return firstRow(await retail.listSalesPoints({ id }, { select: ["id", "province_code"] }))
    }
    case "fair": {
      const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
      return firstRow(await retail.listFairs({ id }, { select: ["id", "province_code"] }))
    }
    case "point": {
      const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
      const [point] = await retail.listCounterPoints([id])
      return point ? { found: true, province_code: point.province_code ?? null } : NOT_FOUND
    }
    case "programme_target": {
      const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
      const [target] = await programme.listProgrammeTargets({ id })
      return target ? { found: true, province_code: target.province_code } : NOT_FOUND
    }
  }
}

const firstRow = (rows: any[]): RecordProvince => (rows[0] ? { found: true, province_code: rows[0].province_code ?? null } : NOT_FOUND)
