import QRCode from "qrcode"
import { getTranslations } from "next-intl/server"

/** QR code of `url`, rendered to SVG on the server (no client JavaScript). */
export default async function QrCode({ url }: { url: string }) {
  const t = await getTranslations("verify")
  const svg = await QRCode.toString(url, {
    type: "svg",
    margin: 1,
    errorCorrectionLevel: "M",
    color: { dark: "#12402c", light: "#ffffff" },
  })
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`

  return (
    <figure data-testid="verify-qr" className="flex flex-col items-center gap-2 rounded-2xl bg-white p-4 ring-1 ring-line">
      {/* eslint-disable-next-line @next/next/no-img-element -- inline SVG data URL */}
      <img src={src} alt={t("qr")} width={176} height={176} className="size-44" />
      <figcaption className="text-center text-xs text-muted">
        {t("qrHint")}
        <span className="mt-1 block break-all font-mono text-[11px] text-ink/70">{url}</span>
      </figcaption>
    </figure>
  )
}
