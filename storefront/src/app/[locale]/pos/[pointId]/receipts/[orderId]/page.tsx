import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getReceipt } from "@/lib/data/pos"
import ConfirmTransferButton from "@/modules/pos/components/confirm-transfer-button"
import PrintButton from "@/modules/pos/components/print-button"
import Receipt from "@/modules/pos/templates/receipt"

type Props = { params: Promise<{ pointId: string; orderId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pos.receipt")
  return { title: t("title") }
}

/*
 * Printing: an 80 mm roll, no margins; only the receipt strip prints (the shop header, the POS
 * bar and the buttons are hidden), whatever the browser's page size.
 */
const PRINT_CSS = `
@media print {
  @page { size: 80mm auto; margin: 0; }
  html, body { background: #fff !important; }
  body * { visibility: hidden !important; }
  .pos-receipt, .pos-receipt * { visibility: visible !important; }
  .pos-receipt { position: absolute; left: 0; top: 0; width: 80mm; }
}`

export default async function ReceiptPage({ params }: Props) {
  const { pointId, orderId } = await params
  const receipt = await getReceipt(pointId, orderId)
  const t = await getTranslations("pos.receipt")
  return (
    <div className="space-y-4">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center justify-center gap-2 print:hidden">
        <PrintButton />
        <Link
          href={`/pos/${pointId}`}
          data-testid="pos-back-to-counter"
          className="inline-flex min-h-12 items-center justify-center rounded-xl bg-white px-6 text-base font-semibold text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50"
        >
          {t("back")}
        </Link>
      </div>
      {receipt.payment === "vietqr" && receipt.payment_status === "awaiting" && (
        <div className="mx-auto w-full max-w-[80mm] print:hidden">
          <ConfirmTransferButton pointId={pointId} orderId={orderId} />
        </div>
      )}
      <Receipt receipt={receipt} />
    </div>
  )
}
