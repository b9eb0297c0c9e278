import { COOP_SME_PRODUCER_TYPES, EXPIRING_SOON_DAYS, EXPIRY_HORIZON_DAYS } from "@ocop/domain"
import { LINK_TABLE } from "../../../links/table-names"

/**
 * The programme figures as SQL aggregates over the OCOP tables, Medusa's link tables and its order
 * tables. Every query returns grouped counts and sums — never one row per product — so the dashboard
 * stays fast on a 20,000-product catalogue. The rules it applies (the expiring-soon window, the
 * expiry horizons, which producer types count as co-operative or SME) come from @ocop/domain and are
 * bound as parameters; link tables are named only through LINK_TABLE.
 *
 * When a certificate is "in force" on a day D (end of the day, Vietnam time):
 *   issued_at ≤ D ≤ end, where end is valid_until or, after a transitional extension, extension_until;
 *   and D is before the day it stopped early: the successor's issue date when superseded (renewed,
 *   upgraded, downgraded, corrected), or the day the revocation was recorded.
 *   Submissions awaiting review and rejected submissions are never in force.
 * Its state on D: suspended (a platform hold recorded before D and not yet cleared) › extended (past
 *   valid_until, within the extension) › reevaluation_pending (recorded) › expiring_soon (≤
 *   EXPIRING_SOON_DAYS left) › valid. Holds come from the append-only certificate_event rows.
 */

const VN = `'Asia/Ho_Chi_Minh'`

/** Collects positional bindings: call add() in the order the "?" appear in the SQL text. */
export class Params {
  readonly values: unknown[] = []
  add(value: unknown): string {
    this.values.push(value)
    return "?"
  }
}

/** A Postgres array literal of plain tokens (dates, "YYYY-MM" keys, codes): '{a,b}'. */
export function pgArray(items: readonly string[]): string {
  for (const s of items) {
    if (!/^[\w-]+$/.test(s)) throw new RangeError(`unsafe array item: ${s}`)
  }
  return `{${items.join(",")}}`
}

export type Scope = { provinceCode: string | null; onlineChannelId: string | null }

/** One row per certificate that was ever in force, with the facts the figures group by. */
export function certificateFacts(p: Params, scope: Scope): string {
  // the online listing as a hash-joinable link row, not a subquery per product
  const online = scope.onlineChannelId
    ? `LEFT JOIN ${LINK_TABLE.productSalesChannel} psc ON psc.product_id = prod.id AND psc.sales_channel_id = ${p.add(scope.onlineChannelId)} AND psc.deleted_at IS NULL`
    : ""
  const listed = scope.onlineChannelId ? `(prod.status = 'published' AND psc.product_id IS NOT NULL)` : "false"
  return `
  ended AS (
    SELECT certificate_id,
           min((occurred_at AT TIME ZONE ${VN})::date) FILTER (WHERE to_status = 'revoked') AS revoked_on,
           min((occurred_at AT TIME ZONE ${VN})::date) FILTER (WHERE to_status = 'superseded') AS superseded_on
    FROM certificate_event
    WHERE deleted_at IS NULL AND to_status IN ('revoked', 'superseded')
    GROUP BY certificate_id
  ),
  cert AS MATERIALIZED (
    SELECT c.id, c.stars, c.product_set, c.verification_code, c.decision_number, c.issuer, c.revocation_ground,
           c.status AS stored_status,
           c.issued_at::date AS issued_on,
           c.valid_until::date AS valid_until,
           GREATEST(c.valid_until::date, COALESCE(c.extension_until::date, c.valid_until::date)) AS end_on,
           LEAST(succ.issued_at::date, ended.superseded_on, ended.revoked_on) AS stop_on,
           ended.revoked_on,
           pc.product_id, prod.title AS product_title,
           pr.id AS producer_id, pr.name AS producer_name, pr.type AS producer_type,
           pr.province_code, pr.commune,
           ${listed} AS listed_online
    FROM certificate c
    JOIN ${LINK_TABLE.productCertificate} pc ON pc.certificate_id = c.id AND pc.deleted_at IS NULL
    JOIN product prod ON prod.id = pc.product_id AND prod.deleted_at IS NULL
    ${online}
    LEFT JOIN ${LINK_TABLE.producerProduct} pp ON pp.product_id = pc.product_id AND pp.deleted_at IS NULL
    LEFT JOIN producer pr ON pr.id = pp.producer_id AND pr.deleted_at IS NULL
    LEFT JOIN certificate succ ON succ.id = c.superseded_by_id AND succ.deleted_at IS NULL
    LEFT JOIN ended ON ended.certificate_id = c.id
    WHERE c.deleted_at IS NULL AND c.status NOT IN ('pending_review', 'rejected')
      ${scope.provinceCode ? `AND pr.province_code = ${p.add(scope.provinceCode)}` : ""}
  )`
}

/** Suspension and re-evaluation intervals [from_on, to_on) from the event log. */
const HOLDS = `
  holds AS (
    SELECT certificate_id, to_status, from_on, to_on FROM (
      SELECT e.certificate_id, e.to_status,
             (e.occurred_at AT TIME ZONE ${VN})::date AS from_on,
             lead((e.occurred_at AT TIME ZONE ${VN})::date) OVER (PARTITION BY e.certificate_id ORDER BY e.occurred_at, e.id) AS to_on
      FROM certificate_event e
      WHERE e.deleted_at IS NULL AND e.certificate_id IN (
        SELECT certificate_id FROM certificate_event
        WHERE deleted_at IS NULL AND to_status IN ('suspended', 'reevaluation_pending'))
    ) x
    WHERE to_status IN ('suspended', 'reevaluation_pending')
  )`

/**
 * CTEs over `cert`: the certificates in force on each day of `days` (key, day) with their state that
 * day, and the same reduced to one row per product and day.
 */
function classifiedCtes(p: Params, days: readonly { key: string; day: string }[]): string {
  const keys = p.add(pgArray(days.map((d) => d.key)))
  const dates = p.add(pgArray(days.map((d) => d.day)))
  return `${HOLDS},
  days AS (SELECT * FROM unnest(${keys}::text[], ${dates}::date[]) AS t(key, day)),
  -- holds in effect on each day, joined by hash (a correlated EXISTS per certificate does not scale)
  held AS (
    SELECT h.certificate_id, d.key,
           bool_or(h.to_status = 'suspended') AS suspended,
           bool_or(h.to_status = 'reevaluation_pending') AS reevaluation_pending
    FROM holds h JOIN days d ON h.from_on <= d.day AND (h.to_on IS NULL OR d.day < h.to_on)
    GROUP BY h.certificate_id, d.key
  ),
  classified AS NOT MATERIALIZED (
    SELECT d.key, d.day, cert.product_id, cert.producer_id, cert.producer_type, cert.province_code, cert.commune,
      cert.stars, cert.product_set, cert.listed_online, cert.verification_code, cert.issued_on, cert.end_on,
      CASE
        WHEN held.suspended THEN 'suspended'
        WHEN d.day > cert.valid_until THEN 'extended'
        WHEN held.reevaluation_pending THEN 'reevaluation_pending'
        WHEN cert.valid_until - d.day <= ${p.add(EXPIRING_SOON_DAYS)} THEN 'expiring_soon'
        ELSE 'valid'
      END AS state
    FROM cert
    JOIN days d ON cert.issued_on <= d.day AND d.day <= cert.end_on AND (cert.stop_on IS NULL OR d.day < cert.stop_on)
    LEFT JOIN held ON held.certificate_id = cert.id AND held.key = d.key
  ),
  -- one row per product and day (its newest certificate in force), so products count without DISTINCT
  per_product AS NOT MATERIALIZED (
    SELECT DISTINCT ON (key, product_id) * FROM classified ORDER BY key, product_id, issued_on DESC
  )`
}

/** Bit masks of GROUPING(stars, state, product_set, province_code, commune, producer_type). */
export const SNAPSHOT_SETS = {
  all: 0b111111,
  stars: 0b011111,
  state: 0b101111,
  product_set: 0b110111,
  province: 0b111011,
  commune: 0b111001,
  producer_type: 0b111110,
} as const

const AS_OF = "as_of"

/** Every point-in-time figure on the as-of day, in one pass: totals and the breakdowns as grouping sets. */
const snapshotSelect = (p: Params) => `
  SELECT stars, state, product_set, province_code, commune, producer_type,
         GROUPING(stars, state, product_set, province_code, commune, producer_type) AS g,
         count(*)::int AS products,
         count(*) FILTER (WHERE stars = 3)::int AS stars3,
         count(*) FILTER (WHERE stars = 4)::int AS stars4,
         count(*) FILTER (WHERE stars = 5)::int AS stars5,
         count(*) FILTER (WHERE producer_first)::int AS producers,
         count(*) FILTER (WHERE producer_first AND producer_type = ANY(${p.add(pgArray(COOP_SME_PRODUCER_TYPES))}::text[]))::int AS coop_sme_producers,
         count(*) FILTER (WHERE listed_online)::int AS listed,
         count(*) FILTER (WHERE listed_online AND coalesce(verification_code, '') <> '')::int AS qr,
         ${EXPIRY_HORIZON_DAYS.map((n) => `count(*) FILTER (WHERE end_on - day <= ${p.add(n)})::int AS expiring${n}`).join(",\n         ")}
  FROM (
    -- a producer's province, commune and type are its own, so flagging one row per producer counts
    -- distinct producers in every grouping set below without a DISTINCT sort per set
    SELECT *, producer_id IS NOT NULL AND row_number() OVER (PARTITION BY producer_id ORDER BY product_id) = 1 AS producer_first
    FROM per_product WHERE key = '${AS_OF}'
  ) snapshot
  GROUP BY GROUPING SETS ((), (stars), (state), (product_set), (province_code), (province_code, commune), (producer_type))`

/**
 * Certified products in force at the end of each month, by stars and by state. Counted per certificate:
 * a product has one certificate in force on any day (a new evaluation supersedes the old one on its
 * issue date), which spares sorting a year of product-days to deduplicate them.
 */
const TREND_SELECT = `
  SELECT key, stars, state, GROUPING(stars, state) AS g, count(*)::int AS products
  FROM classified
  WHERE key <> '${AS_OF}'
  GROUP BY GROUPING SETS ((key), (key, stars), (key, state))`

/**
 * Certificate changes between two days (inclusive): issued (first certificate of a product), renewed /
 * upgraded / downgraded / corrected (a new certificate whose predecessor says why it was superseded),
 * expired (its last day passed while it was still the product's certificate), revoked, suspended and
 * extended (from the event log). `today` keeps expiries that have not happened yet out.
 */
function changesCte(p: Params, from: string, to: string, today: string): string {
  const f = () => p.add(from)
  const t = () => p.add(to)
  return `
  changes AS (
    SELECT cert.issued_on AS day, coalesce(pred.superseded_reason, 'issued') AS kind, cert.id AS certificate_id,
           pred.stars AS stars_before, cert.stars, NULL::text AS reason
    FROM cert LEFT JOIN certificate pred ON pred.superseded_by_id = cert.id AND pred.deleted_at IS NULL
    WHERE cert.issued_on BETWEEN ${f()}::date AND ${t()}::date
    UNION ALL
    SELECT cert.end_on, 'expired', cert.id, NULL, cert.stars, NULL
    FROM cert
    WHERE cert.end_on BETWEEN ${f()}::date AND ${t()}::date AND cert.end_on < ${p.add(today)}::date
      AND (cert.stop_on IS NULL OR cert.stop_on > cert.end_on)
    UNION ALL
    SELECT (e.occurred_at AT TIME ZONE ${VN})::date, e.to_status, cert.id, NULL, cert.stars,
           coalesce(e.reason, '') || CASE WHEN e.to_status = 'revoked' AND cert.revocation_ground IS NOT NULL
                                          THEN ' [' || cert.revocation_ground || ']' ELSE '' END
    FROM certificate_event e JOIN cert ON cert.id = e.certificate_id
    WHERE e.deleted_at IS NULL AND e.to_status IN ('revoked', 'suspended', 'extended')
      AND (e.occurred_at AT TIME ZONE ${VN})::date BETWEEN ${f()}::date AND ${t()}::date
  )`
}

const CHANGE_COUNTS_SELECT = `
  SELECT to_char(day, 'YYYY-MM') AS month, kind, count(*)::int AS n FROM changes GROUP BY 1, 2`

function changeListSelect(p: Params, from: string, to: string, limit?: number): string {
  return `
  SELECT to_char(ch.day, 'YYYY-MM-DD') AS day, ch.kind, ch.stars_before, ch.stars, ch.reason,
         cert.id AS certificate_id, cert.decision_number, cert.issuer, cert.verification_code, cert.product_set,
         cert.product_id, cert.product_title, cert.producer_name, cert.province_code, cert.commune
  FROM changes ch JOIN cert ON cert.id = ch.certificate_id
  WHERE ch.day BETWEEN ${p.add(from)}::date AND ${p.add(to)}::date
  ORDER BY ch.day ${limit ? "DESC" : "ASC"}, ch.kind, cert.product_title
  ${limit ? `LIMIT ${Math.floor(limit)}` : ""}`
}

const asJson = (select: string) => `(SELECT coalesce(json_agg(x), '[]'::json) FROM (${select}) x)`

export type CertificateFiguresInput = {
  asOf: string
  months: readonly { key: string; day: string }[]
  /** changes are counted per month over this range (the trend window and the period) */
  changes: { from: string; to: string; today: string }
  /** and listed for the period, newest first when limited */
  list: { from: string; to: string; limit?: number }
}

/**
 * All certificate figures in ONE statement, so the certificate facts (a pass over every certificate
 * with its product, producer and events) are computed once: the snapshot on the as-of day, the monthly
 * trend, the changes per month and the list of the period's changes, each as a JSON array.
 */
export function certificateFiguresQuery(scope: Scope, input: CertificateFiguresInput) {
  const p = new Params()
  const facts = certificateFacts(p, scope)
  const classified = classifiedCtes(p, [{ key: AS_OF, day: input.asOf }, ...input.months])
  const changes = changesCte(p, input.changes.from, input.changes.to, input.changes.today)
  // bindings follow the text: the snapshot's come before the change list's
  const snapshot = snapshotSelect(p)
  const list = changeListSelect(p, input.list.from, input.list.to, input.list.limit)
  const sql = `WITH ${facts},
  ${classified},
  ${changes}
  SELECT ${asJson(snapshot)} AS snapshot,
         ${asJson(TREND_SELECT)} AS trend,
         ${asJson(CHANGE_COUNTS_SELECT)} AS change_counts,
         ${asJson(list)} AS change_list`
  return { sql, bindings: p.values }
}

/** Bit masks of GROUPING(month, sales_channel_id, product_set, province_code). */
export const SALES_SETS = { month: 0b0111, channel: 0b1011, product_set: 0b1101, province: 0b1110, all: 0b1111 } as const

/**
 * Sales of placed orders (not cancelled, not drafts, in VND): line quantity × unit price, by month,
 * channel (the order's sales channel), product set (the product's latest certificate) and province
 * (the product's producer), each for the period and for the same period a year earlier.
 */
export function salesQuery(
  scope: Pick<Scope, "provinceCode">,
  range: { from: string; to: string },
  current: { start: string; end: string },
  previous: { start: string; end: string }
) {
  const p = new Params()
  const instant = (day: string) => `${day}T00:00:00+07:00`
  const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86400000).toISOString().slice(0, 10)
  const sql = `
  WITH items AS (
    SELECT o.id AS order_id, o.sales_channel_id,
           (o.created_at AT TIME ZONE ${VN})::date AS day,
           oi.quantity * coalesce(oi.unit_price, li.unit_price) AS amount,
           cs.product_set, pr.province_code
    FROM "order" o
    -- Medusa's order module keeps one order_item row per order version: the current version's are the sale
    JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
    JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
    LEFT JOIN ${LINK_TABLE.producerProduct} pp ON pp.product_id = li.product_id AND pp.deleted_at IS NULL
    LEFT JOIN producer pr ON pr.id = pp.producer_id AND pr.deleted_at IS NULL
    LEFT JOIN LATERAL (
      SELECT c.product_set FROM ${LINK_TABLE.productCertificate} pc
      JOIN certificate c ON c.id = pc.certificate_id AND c.deleted_at IS NULL
      WHERE pc.product_id = li.product_id AND pc.deleted_at IS NULL
      ORDER BY c.issued_at DESC LIMIT 1
    ) cs ON true
    WHERE o.deleted_at IS NULL AND NOT o.is_draft_order AND o.status NOT IN ('canceled', 'draft')
      AND o.currency_code = 'vnd'
      AND o.created_at >= ${p.add(instant(range.from))}::timestamptz AND o.created_at < ${p.add(instant(nextDay(range.to)))}::timestamptz
      ${scope.provinceCode ? `AND pr.province_code = ${p.add(scope.provinceCode)}` : ""}
  )
  SELECT to_char(day, 'YYYY-MM') AS month, sales_channel_id, product_set, province_code,
         GROUPING(to_char(day, 'YYYY-MM'), sales_channel_id, product_set, province_code) AS g,
         coalesce(sum(amount) FILTER (WHERE day BETWEEN ${p.add(current.start)}::date AND ${p.add(current.end)}::date), 0)::text AS current,
         coalesce(sum(amount) FILTER (WHERE day BETWEEN ${p.add(previous.start)}::date AND ${p.add(previous.end)}::date), 0)::text AS previous,
         count(DISTINCT order_id) FILTER (WHERE day BETWEEN ${p.add(current.start)}::date AND ${p.add(current.end)}::date)::int AS orders,
         coalesce(sum(amount), 0)::text AS amount
  FROM items
  GROUP BY GROUPING SETS ((), (to_char(day, 'YYYY-MM')), (sales_channel_id), (product_set), (province_code))`
  return { sql, bindings: p.values }
}
