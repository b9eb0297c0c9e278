import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@mikro-orm/knex"
import { consignmentNotFound, consignmentNotInState, pointNotFound } from "./errors"
import { Booth } from "./models/booth"
import { Consignment } from "./models/consignment"
import { ConsignmentLine } from "./models/consignment-line"
import { Fair } from "./models/fair"
import { SalesPoint } from "./models/sales-point"
import { Staff } from "./models/staff"
import { StaffInvite } from "./models/staff-invite"
import { StaffPoint } from "./models/staff-point"
import { StockMovement } from "./models/stock-movement"
import { Task } from "./models/task"
import type { RetailPoint } from "./points"
import {
  consignmentInScope,
  consignmentRecords,
  type ConsignmentRestore,
  type ConsignmentScope,
  type ConsignmentTransition,
  moveConsignment,
} from "./queries/consignments"
import {
  describeVariantRows,
  type LookupResult,
  saleFactsOfProducts,
  stockAtLocations,
  variantIdsOfText,
  type VariantRow,
  variantRows,
  variantRowsOfCode,
  vndPrices,
} from "./queries/counter-catalogue"
import { counterPoints, pointIdsOfChannels, staffsPoint } from "./queries/points"
import { pointsHoldingProducts } from "./queries/points-holding"
import { ownersOfVariants, producerStores } from "./queries/producer-stock"
import { type RunSql, runSqlOn } from "./queries/run-sql"

/** SQL on the context's manager: inside its transaction when it has one. */
function sqlOf(context: Context): RunSql {
  const manager = (context.transactionManager ?? context.manager) as EntityManager
  return runSqlOn((manager.getTransactionContext() as any) ?? manager.getKnex())
}

/**
 * Points of sale, fairs and booths, their staff, stock journal, counter tasks and consignments.
 *
 * Beside the generated methods: the counter's reads. Those of this module's own tables (points with
 * their stock-location and sales-channel links, staff assignments, consignments) come first. Then the
 * counter's reads across the product, pricing, inventory, certificate and producer modules: one SQL
 * statement each because a scan must answer within 30 ms (p95) on 20,000 products, which a Query
 * graph — a round trip per module — cannot; they name link tables only through LINK_TABLE.
 */
class RetailModuleService extends MedusaService({
  SalesPoint,
  Fair,
  Booth,
  Staff,
  StaffPoint,
  StaffInvite,
  StockMovement,
  Task,
  Consignment,
  ConsignmentLine,
}) {
  // ── this module's tables ────────────────────────────────────────────────────────────────────

  /** Points (sales points and booths) by id, or all of them, with stock location, sales channel and open state. */
  @InjectManager()
  async listCounterPoints(ids?: string[], now?: Date, @MedusaContext() context: Context = {}): Promise<RetailPoint[]> {
    return counterPoints(sqlOf(context), ids, now ?? new Date())
  }

  /**
   * The point addressed by a counter route, if the staff member works there. A point they do not
   * staff answers exactly like an unknown id (404), so staff cannot probe other points.
   */
  @InjectManager()
  async retrieveStaffedPoint(staffId: string, pointId: string, @MedusaContext() context: Context = {}): Promise<RetailPoint> {
    const sql = sqlOf(context)
    // both reads at once: the staff check decides before anything about the point is used
    const [staffed, [point]] = await Promise.all([staffsPoint(sql, staffId, pointId), counterPoints(sql, [pointId], new Date())])
    if (!staffed || !point) throw pointNotFound()
    return point
  }

  /** The ids of the points a staff member works at. */
  async listStaffPointIds(staffId: string): Promise<string[]> {
    const links = await this.listStaffPoints({ staff_id: staffId }, { select: ["point_id"] })
    return links.map((l) => l.point_id)
  }

  /** The points owning the given sales channels (the publishable key of an external POS). */
  @InjectManager()
  async listPointIdsOfChannels(channelIds: string[], @MedusaContext() context: Context = {}): Promise<string[]> {
    return pointIdsOfChannels(sqlOf(context), channelIds)
  }

  /** Consignments with their lines and point names, newest first, within the caller's scope. */
  @InjectManager()
  async listConsignmentRecords(
    scope: ConsignmentScope,
    page: { limit: number; offset: number } = { limit: 50, offset: 0 },
    @MedusaContext() context: Context = {}
  ) {
    return consignmentRecords(sqlOf(context), scope, page)
  }

  /**
   * Moves a consignment from one state to the next in one conditional UPDATE, so two clerks (or a
   * double click) cannot both receive it and a producer cannot confirm what was already refused.
   * Returns the row and what `restoreConsignment` needs to undo the move.
   */
  @InjectTransactionManager()
  async transitionConsignment(input: ConsignmentTransition, @MedusaContext() context: Context = {}) {
    const sql = sqlOf(context)
    const current = await consignmentInScope(sql, input.id, input.scope)
    if (!current) throw consignmentNotFound()
    const fields = Object.keys(input.patch) as Array<keyof typeof input.patch>
    const updated = await moveConsignment(
      sql,
      input.id,
      input.from,
      input.to,
      Object.fromEntries(fields.map((f) => [f, input.patch[f] ?? null]))
    )
    if (!updated) throw consignmentNotInState(current.status, input.to)
    const restore: ConsignmentRestore = {
      id: input.id,
      status: input.from,
      to: input.to,
      values: Object.fromEntries(fields.map((f) => [f, current[f] ?? null])),
    }
    return { consignment: updated, restore }
  }

  /** Puts a consignment back in the state and fields it had before `transitionConsignment`. */
  @InjectTransactionManager()
  async restoreConsignment(restore: ConsignmentRestore, @MedusaContext() context: Context = {}) {
    await moveConsignment(sqlOf(context), restore.id, restore.to, restore.status, restore.values)
  }

  // ── the counter's reads across modules (single statements for speed) ──────────────────────────

  /** Variants with their product, VND price, inventory item and producer, in the order asked. */
  @InjectManager()
  async listVariantRows(variantIds: string[], @MedusaContext() context: Context = {}): Promise<VariantRow[]> {
    return variantRows(sqlOf(context), variantIds)
  }

  /** Variants matching a scanned GTIN/EAN/UPC barcode, SKU or certificate QR (verify URL or code). */
  @InjectManager()
  async listVariantRowsOfCode(code: string, @MedusaContext() context: Context = {}): Promise<VariantRow[]> {
    return variantRowsOfCode(sqlOf(context), code)
  }

  /** Variants matching typed text without accents (and SKU prefixes), best products first. */
  @InjectManager()
  async listVariantRowsOfText(q: string, @MedusaContext() context: Context = {}): Promise<VariantRow[]> {
    const sql = sqlOf(context)
    return variantRows(sql, await variantIdsOfText(sql, q))
  }

  /** What the counter shows of each variant at this point: badge data, sellability, price and stock here, elsewhere, at the producer. */
  @InjectManager()
  async describeVariantRows(
    point: RetailPoint,
    rows: VariantRow[],
    now?: Date,
    @MedusaContext() context: Context = {}
  ): Promise<LookupResult[]> {
    return describeVariantRows(sqlOf(context), point, rows, now ?? new Date())
  }

  /** `describeVariantRows` for variant ids. */
  @InjectManager()
  async describeVariants(
    point: RetailPoint,
    variantIds: string[],
    now?: Date,
    @MedusaContext() context: Context = {}
  ): Promise<LookupResult[]> {
    const sql = sqlOf(context)
    return describeVariantRows(sql, point, await variantRows(sql, variantIds), now ?? new Date())
  }

  /** Certificates, producer approval and metadata of each product: what `sellabilityOf` judges. */
  @InjectManager()
  async listSaleFacts(productIds: string[], @MedusaContext() context: Context = {}) {
    return saleFactsOfProducts(sqlOf(context), productIds)
  }

  /** Variants stocked at the given locations (quantity = stocked − reserved), with product and producer. */
  @InjectManager()
  async listStockAtLocations(locationIds: string[], @MedusaContext() context: Context = {}) {
    return stockAtLocations(sqlOf(context), locationIds)
  }

  /** Each variant's VND price (the lowest price without rules or price list). */
  @InjectManager()
  async listVndPrices(variantIds: string[], @MedusaContext() context: Context = {}): Promise<Map<string, number>> {
    return vndPrices(sqlOf(context), variantIds)
  }

  /** The producer that owns each variant (variants of local products have none). */
  @InjectManager()
  async listVariantOwners(variantIds: string[], @MedusaContext() context: Context = {}) {
    return ownersOfVariants(sqlOf(context), variantIds)
  }

  /** The producer's own stores, first linked first, and for each variant the store holding most of it. */
  @InjectManager()
  async listProducerStores(producerId: string, variantIds: string[], @MedusaContext() context: Context = {}) {
    return producerStores(sqlOf(context), producerId, variantIds)
  }

  /** The points and booths holding stock of each product (where a pull or relabel task is needed). */
  @InjectManager()
  async listPointsHoldingProducts(productIds: string[], @MedusaContext() context: Context = {}) {
    return pointsHoldingProducts(sqlOf(context), productIds)
  }
}

export default RetailModuleService
