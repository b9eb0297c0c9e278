import {
  addDays,
  addMonths,
  daysBetween,
  isListable,
  LEGACY_PROVINCES,
  PRODUCT_SETS,
  provinceFullName,
  REVOCATION_GROUNDS,
  reevaluationWindow,
  slugify,
  validUntil,
  vietnamDate,
  withCheckDigit,
  type CertificateStatus,
  type ProducerType,
} from "@ocop/domain"
import { person, producerName, tradeName, type Person } from "./names"
import { COMMUNE_FIRST, COMMUNE_SECOND, LEGACY_CITIES, LEGACY_PLACES, locality as parseLocality } from "./places"
import { FAMILIES, PACKS, SET_BLURBS, SET_WEIGHTS, SPECIALITIES, type PackKind } from "./products"
import { Random, WeightedTable } from "./random"

/**
 * A national-size OCOP catalogue as plain data: producers, products with 1–2 VND-priced variants,
 * and each product's certificate history. Pure and deterministic: the same options give the same
 * catalogue; nothing here touches the database.
 */

export type CatalogueOptions = {
  products: number
  seed: string
  /** the moment listability is judged at; certificate dates are laid out around its Vietnam date */
  now: Date
  /** handles already taken in the database (the demo catalogue), kept clear of */
  takenProductHandles?: ReadonlySet<string>
  takenProducerHandles?: ReadonlySet<string>
}

export type ScaleProducer = {
  handle: string
  name: string
  type: ProducerType
  province_code: string
  commune: string
  address: string
  legacy_address: string
  story: string
}

export type ScaleVariant = { title: string; sku: string; barcode: string; price: number; stock: number }

export type ScaleEvent = {
  from_status: CertificateStatus | null
  to_status: CertificateStatus
  actor_type: string
  actor_id: string | null
  reason: string
  occurred_at: Date
}

export type ScaleCertificate = {
  verification_code: string
  decision_number: string
  issuer: string
  stars: number
  score: number
  product_set: number
  issued_at: string
  valid_until: string
  status: CertificateStatus
  revocation_ground: string | null
  superseded_reason: string | null
  legacy_address: string | null
  events: ScaleEvent[]
}

export type ScaleProduct = {
  producer: number
  title: string
  handle: string
  description: string
  product_set: number
  geographical_indication: string | null
  shippable: boolean
  variants: ScaleVariant[]
  /** the live certificate */
  certificate: ScaleCertificate
  /** an older certificate the live one replaced (renewed or upgraded), when there is one */
  superseded: ScaleCertificate | null
  listable: boolean
}

export type Catalogue = { producers: ScaleProducer[]; products: ScaleProduct[] }

type Line = { set: number; base: string; pack: PackKind; trade: string; gi: string | null; speciality: boolean }

type ProducerDraft = ScaleProducer & {
  legacy: string
  locality: string
  /** the pre-2025 district-level unit ("huyện Hương Khê", "thị xã Kỳ Anh") */
  district: string
  communeName: string
  brand: string
  owner: Person
  line: Line
  products: number
}

const MERGER_DATE = "2025-07-01"
const MINISTRY_RENAMED = "2025-03-01"
const PRODUCTS_PER_PRODUCER = 2.5

const PRODUCER_TYPE_WEIGHTS: ReadonlyArray<readonly [ProducerType, number]> = [
  ["HO_SXKD", 35],
  ["HTX", 33],
  ["DN_NVV", 24],
  ["THT", 3],
  ["TRANG_TRAI", 3],
  ["HOI_HIEP_HOI", 1],
  ["TT_DIEU_HANH", 1],
]
/** How many products a producer of each type tends to have certified beyond its first. */
const EXTRA_PRODUCTS_WEIGHT: Record<ProducerType, number> = {
  HO_SXKD: 1,
  THT: 1.2,
  TRANG_TRAI: 1.3,
  HTX: 2,
  DN_NVV: 3.2,
  HOI_HIEP_HOI: 0.3,
  TT_DIEU_HANH: 0.3,
}
/** Chance of a 5★ certificate by producer type (companies and co-operatives reach it far more often). */
const FIVE_STAR_CHANCE: Record<ProducerType, number> = {
  DN_NVV: 0.07,
  HTX: 0.03,
  HO_SXKD: 0.005,
  THT: 0.005,
  TRANG_TRAI: 0.005,
  HOI_HIEP_HOI: 0.01,
  TT_DIEU_HANH: 0.01,
}
const FOUR_STAR_CHANCE = 0.17

/** Descriptors that tell two products of one producer apart when their titles would otherwise be equal. */
const DESCRIPTORS = ["truyền thống", "đặc biệt", "hữu cơ", "thượng hạng", "gia truyền", "cao cấp"]

const SUSPENSION_REASONS = [
  "Kiểm tra phát hiện nhãn hàng hóa chưa đúng quy định, tạm dừng chờ khắc phục",
  "Cảnh báo an toàn thực phẩm đang được xác minh",
  "Khiếu nại của người tiêu dùng đang được xem xét",
]

const AT_NINE = "T09:00:00+07:00"
const atNine = (date: string) => new Date(`${date}${AT_NINE}`)
const VERIFICATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

function roundPrice(vnd: number): number {
  const step = vnd < 100_000 ? 1_000 : vnd < 1_000_000 ? 5_000 : 10_000
  return Math.max(step, Math.round(vnd / step) * step)
}

function randomDate(random: Random, from: string, to: string): string {
  const span = daysBetween(from, to)
  return addDays(from, span > 0 ? random.int(0, span) : 0)
}

/** "UBND tỉnh Hà Tĩnh", "UBND thành phố Huế" */
function provincialIssuer(fullName: string): string {
  return `UBND ${fullName.charAt(0).toLowerCase()}${fullName.slice(1)}`
}

/** "Xã Sa Pa" → "xã Sa Pa", "Tỉnh Lào Cai" → "tỉnh Lào Cai" (administrative names inside a sentence). */
const inSentence = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

function legacyFullName(code: string): string {
  const name = LEGACY_PROVINCES.find((p) => p.code === code)!.vi
  return `${LEGACY_CITIES.has(code) ? "Thành phố" : "Tỉnh"} ${name}`
}

type Batch = { date: string; decision: string }

/** Evaluation rounds (đợt) of a council: one decision every few months, certifying many products at once. */
function batches(random: Random, from: string, to: string, decisionSuffix: (date: string) => string): Batch[] {
  const out: Batch[] = []
  let date = addDays(from, random.int(0, 60))
  while (date <= to) {
    out.push({ date, decision: `${random.int(120, 3980)}/${decisionSuffix(date)}` })
    date = addDays(date, random.int(75, 150))
  }
  return out
}

export function generateCatalogue(options: CatalogueOptions): Catalogue {
  const root = new Random(options.seed)
  const today = vietnamDate(options.now)
  const takenProducts = new Set(options.takenProductHandles ?? [])
  const takenProducers = new Set(options.takenProducerHandles ?? [])

  // ── places ────────────────────────────────────────────────────────────────────────────────
  const legacyCodes = LEGACY_PROVINCES.map((p) => p.code)
  for (const code of legacyCodes) {
    if (!LEGACY_PLACES[code]) throw new Error(`scale seed: no places for legacy province ${code}`)
  }
  const currentOf = new Map(LEGACY_PROVINCES.map((p) => [p.code, p.current]))
  const localitiesOf = new Map(legacyCodes.map((code) => [code, LEGACY_PLACES[code].localities.map(parseLocality)]))
  const communesOf = new Map<string, string[]>()
  for (const code of legacyCodes) {
    const random = root.fork(`communes:${code}`)
    const names = new Set(localitiesOf.get(code)!.map((l) => l.name))
    while (names.size < localitiesOf.get(code)!.length + 24) {
      const first = random.pick(COMMUNE_FIRST)
      const second = random.pick(COMMUNE_SECOND)
      if (first !== second) names.add(`${first} ${second}`)
    }
    communesOf.set(code, [...names])
  }
  const specialitiesOf = new Map<string, Line[]>()
  for (const s of SPECIALITIES) {
    const lines = specialitiesOf.get(s.legacy) ?? []
    lines.push({ set: s.set, base: s.base, pack: s.pack, trade: s.trade, gi: s.gi, speciality: true })
    specialitiesOf.set(s.legacy, lines)
  }

  // ── product lines ─────────────────────────────────────────────────────────────────────────
  const setTable = new WeightedTable(
    PRODUCT_SETS.map((s) => s.code),
    (code) => SET_WEIGHTS[code] ?? 0
  )
  const genericLine = (random: Random, legacy: string, set?: number): Line => {
    const regions = LEGACY_PLACES[legacy].regions
    for (;;) {
      const chosenSet = set ?? setTable.draw(random)
      const families = FAMILIES[chosenSet].filter((fam) => !fam.region || regions.includes(fam.region))
      if (!families.length) {
        set = undefined
        continue
      }
      const fam = random.weighted(families, (x) => x.weight ?? 1)
      return { set: chosenSet, base: fam.base, pack: fam.pack, trade: fam.trade, gi: null, speciality: false }
    }
  }

  // ── producers ─────────────────────────────────────────────────────────────────────────────
  const producerCount = Math.max(1, Math.round(options.products / PRODUCTS_PER_PRODUCER))
  const legacyTable = new WeightedTable(legacyCodes, (code) => LEGACY_PLACES[code].weight)
  const producerRandom = root.fork("producers")
  const drafts: ProducerDraft[] = []
  for (let i = 0; i < producerCount; i++) {
    const random = producerRandom
    // the first 63 producers cover every pre-2025 province, so all 34 current provinces have products
    const legacy = i < legacyCodes.length ? legacyCodes[i] : legacyTable.draw(random)
    const current = currentOf.get(legacy)!
    const type = random.weighted(PRODUCER_TYPE_WEIGHTS, ([, w]) => w)[0]
    const place = random.pick(localitiesOf.get(legacy)!)
    const locality = place.name
    const district = place.district ?? random.pick(localitiesOf.get(legacy)!.filter((l) => l.district)).district!
    const communeName = random.chance(0.6) ? locality : random.pick(communesOf.get(legacy)!)
    const commune = `${random.chance(0.15) ? "Phường" : "Xã"} ${communeName}`
    const oldCommune = random.pick(communesOf.get(legacy)!)
    const owner = person(random)
    const tourismOnly = type === "HOI_HIEP_HOI" || type === "TT_DIEU_HANH"
    const specialities = specialitiesOf.get(legacy) ?? []
    const line = tourismOnly
      ? genericLine(random, legacy, 26)
      : specialities.length && random.chance(0.22)
        ? random.pick(specialities)
        : genericLine(random, legacy)
    const collective = type === "HTX" || type === "THT" || tourismOnly
    const brand = collective ? communeName : tradeName(random, owner)
    const name = producerName(random, type, line.trade, brand, owner, communeName)
    let handle = slugify(name)
    for (let n = 2; takenProducers.has(handle); n++) {
      handle = `${slugify(name)}-${n === 2 ? slugify(communeName) : n}`
    }
    takenProducers.add(handle)
    const provinceText = provinceFullName(current)!
    const legacyAddress = `Xã ${oldCommune}, ${district}, ${inSentence(legacyFullName(legacy))} (địa chỉ trước 1/7/2025)`
    drafts.push({
      handle,
      name,
      type,
      province_code: current,
      commune,
      address: `${commune}, ${provinceText}`,
      legacy_address: legacyAddress,
      story: `${name} làm ${line.trade} ở ${inSentence(commune)}, ${inSentence(provinceText)} từ năm ${random.int(1995, 2021)}.`,
      legacy,
      locality,
      district,
      communeName,
      brand,
      owner,
      line,
      products: 1,
    })
  }
  // The products beyond one each go to producers in proportion to their size.
  const extraTable = new WeightedTable(drafts, (p) => EXTRA_PRODUCTS_WEIGHT[p.type])
  const extraRandom = root.fork("product-counts")
  for (let extra = options.products - drafts.length; extra > 0; extra--) {
    extraTable.draw(extraRandom).products++
  }

  // ── certificate councils ──────────────────────────────────────────────────────────────────
  const councilRandom = root.fork("councils")
  const earliest = addMonths(today, -56)
  const lastRound = addDays(today, -5)
  const legacyBatches = new Map<string, Batch[]>()
  for (const code of legacyCodes) {
    legacyBatches.set(
      code,
      batches(councilRandom, earliest, addDays(MERGER_DATE, -1), () => "QĐ-UBND")
    )
  }
  const currentBatches = new Map<string, Batch[]>()
  for (const code of new Set(currentOf.values())) {
    currentBatches.set(
      code,
      batches(councilRandom, MERGER_DATE, lastRound, () => "QĐ-UBND")
    )
  }
  const ministryBatches = batches(councilRandom, earliest, lastRound, (date) => (date < MINISTRY_RENAMED ? "QĐ-BNN-VPĐP" : "QĐ-BNNMT"))
  const ministry = (date: string) => (date < MINISTRY_RENAMED ? "Bộ Nông nghiệp và Phát triển nông thôn" : "Bộ Nông nghiệp và Môi trường")

  const verificationCodes = new Set<string>()
  const certificateRandom = root.fork("certificates")
  const newVerificationCode = () => {
    for (;;) {
      let code = ""
      for (let i = 0; i < 10; i++) code += certificateRandom.pick([...VERIFICATION_ALPHABET])
      if (!verificationCodes.has(code)) {
        verificationCodes.add(code)
        return code
      }
    }
  }

  /** A certificate decided in a council round between `from` and `to` (inclusive). */
  const issue = (random: Random, producer: ProducerDraft, stars: number, set: number, from: string, to: string) => {
    let batch: Batch | undefined
    let issuer: string
    if (stars === 5) {
      const rounds = ministryBatches.filter((b) => b.date >= from && b.date <= to)
      batch = rounds.length ? random.pick(rounds) : undefined
      issuer = ministry(batch?.date ?? to)
    } else {
      const rounds = [
        ...legacyBatches.get(producer.legacy)!.filter((b) => b.date >= from && b.date <= to),
        ...currentBatches.get(producer.province_code)!.filter((b) => b.date >= from && b.date <= to),
      ]
      batch = rounds.length ? random.pick(rounds) : undefined
      const date = batch?.date ?? to
      issuer =
        date >= MERGER_DATE
          ? provincialIssuer(provinceFullName(producer.province_code)!)
          : stars === 3 && random.chance(0.35)
            ? `UBND ${producer.district} (đã giải thể 01/7/2025)`
            : provincialIssuer(legacyFullName(producer.legacy))
    }
    const issued = batch?.date ?? randomDate(random, from, to)
    const districtDecision = issuer.endsWith("(đã giải thể 01/7/2025)")
    const decision = batch && !districtDecision ? batch.decision : `${random.int(120, 3980)}/QĐ-UBND`
    const band = stars === 5 ? [90, 97.5] : stars === 4 ? [70, 89.9] : [50, 69.9]
    const certificate: ScaleCertificate = {
      verification_code: newVerificationCode(),
      decision_number: decision,
      issuer,
      stars,
      score: Math.round((band[0] + random.next() * (band[1] - band[0])) * 10) / 10,
      product_set: set,
      issued_at: issued,
      valid_until: validUntil(issued),
      status: "valid",
      revocation_ground: null,
      superseded_reason: null,
      legacy_address: issued < MERGER_DATE ? producer.legacy_address : null,
      events: [
        {
          from_status: null,
          to_status: "valid",
          actor_type: "user",
          actor_id: "ocop-office",
          reason: `Quyết định số ${decision} ngày ${issued.split("-").reverse().join("/")} của ${issuer}`,
          occurred_at: atNine(issued),
        },
      ],
    }
    return certificate
  }
  const transition = (
    certificate: ScaleCertificate,
    to: CertificateStatus,
    date: string,
    actor: [string, string | null],
    reason: string
  ) => {
    certificate.events.push({
      from_status: certificate.status,
      to_status: to,
      actor_type: actor[0],
      actor_id: actor[1],
      reason,
      occurred_at: atNine(date),
    })
    certificate.status = to
  }

  // ── products ──────────────────────────────────────────────────────────────────────────────
  const productRandom = root.fork("products")
  const products: ScaleProduct[] = []
  let variantSeq = 0
  drafts.forEach((producer, producerIndex) => {
    const random = productRandom
    const titles = new Set<string>()
    for (let k = 0; k < producer.products; k++) {
      // the first product is the producer's main line; later ones stay in its trade or branch out
      let line = producer.line
      if (k > 0) {
        const tourismOnly = producer.type === "HOI_HIEP_HOI" || producer.type === "TT_DIEU_HANH"
        line = genericLine(random, producer.legacy, tourismOnly || random.chance(0.75) ? producer.line.set : undefined)
      }
      let title = ""
      for (let attempt = 0; !title || titles.has(title); attempt++) {
        const r = random.next()
        const place = random.chance(0.6) ? producer.locality : producer.communeName
        let qualifier = line.speciality ? (r < 0.6 ? producer.brand : r < 0.85 ? place : "") : r < 0.55 ? producer.brand : place
        if (qualifier && line.base.includes(qualifier)) qualifier = producer.brand
        if (qualifier && line.base.includes(qualifier)) qualifier = ""
        title = qualifier ? `${line.base} ${qualifier}` : line.base
        // a producer's second product of the same family is told apart the way labels do it
        if (attempt >= 3) title = `${line.base} ${DESCRIPTORS[(attempt - 3) % DESCRIPTORS.length]} ${producer.brand}`
        if (attempt >= 3 + DESCRIPTORS.length) title = `${title} ${attempt}`
      }
      titles.add(title)
      let handle = slugify(title)
      for (let n = 2; takenProducts.has(handle); n++) {
        handle = n === 2 ? `${slugify(title)}-${slugify(producer.communeName)}` : `${slugify(title)}-${n}`
        if (n > 2 && takenProducts.has(handle)) handle = `${slugify(title)}-${slugify(producer.communeName)}-${n}`
      }
      takenProducts.add(handle)

      const packs = PACKS[line.pack] as readonly (readonly [string, number, number])[]
      const count = packs.length > 1 && random.chance(0.4) ? 2 : 1
      const first = random.int(0, packs.length - count)
      const second = count === 2 ? random.int(first + 1, packs.length - 1) : -1
      const level = random.next()
      const variants = [first, second]
        .filter((i) => i >= 0)
        .map((i, v) => {
          const [label, min, max] = packs[i]
          variantSeq++
          return {
            title: label,
            sku: `OCOP-${producer.province_code}-${String(products.length + 1).padStart(6, "0")}-${v + 1}`,
            barcode: withCheckDigit(`29${String(variantSeq).padStart(10, "0")}`),
            price: roundPrice(min + level * (max - min)),
            stock: random.int(20, 400),
          }
        })

      // certificate history
      const stars = random.chance(FIVE_STAR_CHANCE[producer.type]) ? 5 : random.chance(FOUR_STAR_CHANCE) ? 4 : 3
      const fate = random.next()
      const validFrom = addDays(addMonths(today, -36), 1)
      let certificate: ScaleCertificate
      let superseded: ScaleCertificate | null = null
      if (fate < 0.05) {
        // not re-evaluated in time: validity ran out
        certificate = issue(random, producer, stars, line.set, addMonths(today, -52), addMonths(today, -36))
        transition(
          certificate,
          "expired",
          addDays(certificate.valid_until, 1),
          ["system", "certificate-clock"],
          "Hết thời hạn hiệu lực 36 tháng"
        )
      } else if (fate < 0.075) {
        certificate = issue(random, producer, stars, line.set, validFrom, addDays(today, -60))
        const ground = random.pick(REVOCATION_GROUNDS)
        certificate.revocation_ground = ground.code
        transition(
          certificate,
          "revoked",
          randomDate(random, addDays(certificate.issued_at, 30), addDays(today, -1)),
          ["user", "ocop-office"],
          ground.vi
        )
      } else if (fate < 0.1) {
        certificate = issue(random, producer, stars, line.set, validFrom, addDays(today, -60))
        transition(
          certificate,
          "suspended",
          randomDate(random, addDays(certificate.issued_at, 30), addDays(today, -1)),
          ["user", "ocop-office"],
          random.pick(SUSPENSION_REASONS)
        )
      } else {
        certificate = issue(random, producer, stars, line.set, validFrom, addDays(today, -5))
        const window = reevaluationWindow(certificate.valid_until)
        if (window.opens <= today && random.chance(0.4)) {
          const filed = randomDate(random, window.opens, window.closes < today ? window.closes : today)
          transition(certificate, "reevaluation_pending", filed, ["producer", null], "Nộp hồ sơ đề nghị đánh giá lại")
        }
        if (random.chance(0.06)) {
          // an earlier certificate this one replaced, decided within the old one's re-evaluation window
          const upgraded = stars > 3 && random.chance(0.4)
          const oldIssued = addDays(addMonths(certificate.issued_at, -36), random.int(0, 175))
          superseded = issue(random, producer, upgraded ? stars - 1 : stars, line.set, oldIssued, oldIssued)
          superseded.superseded_reason = upgraded ? "upgraded" : "renewed"
          transition(
            superseded,
            "superseded",
            certificate.issued_at,
            ["user", "ocop-office"],
            upgraded ? "Được nâng hạng sao" : "Được công nhận lại"
          )
        }
      }
      const listable = isListable(certificate, options.now)

      const set = PRODUCT_SETS.find((s) => s.code === line.set)!
      const description = [
        `${title} do ${producer.name} (${inSentence(producer.commune)}, ${inSentence(provinceFullName(producer.province_code)!)}) sản xuất.`,
        `Bộ sản phẩm OCOP: ${set.vi}.`,
        line.gi ? `Gắn với chỉ dẫn địa lý/nhãn hiệu «${line.gi}».` : "",
        SET_BLURBS[line.set],
      ]
        .filter(Boolean)
        .join(" ")
      products.push({
        producer: producerIndex,
        title,
        handle,
        description,
        product_set: line.set,
        geographical_indication: line.gi,
        shippable: set.sector !== "VI",
        variants,
        certificate,
        superseded,
        listable,
      })
    }
  })

  const producers: ScaleProducer[] = drafts.map(({ handle, name, type, province_code, commune, address, legacy_address, story }) => ({
    handle,
    name,
    type,
    province_code,
    commune,
    address,
    legacy_address,
    story,
  }))
  return { producers, products }
}
