"use client"

import type { IScannerControls } from "@zxing/browser"
import { useTranslations } from "next-intl"
import { useCallback, useEffect, useRef, useState } from "react"

type Problem = "denied" | "noCamera" | "unsupported" | "other"

/**
 * Camera scanning with @zxing/browser (EAN/UPC/Code 128/QR…). The camera starts only when the
 * staff member presses the button, stops after the first code read or on "Stop", and a refused
 * permission or a missing camera leaves a clear message — the manual entry field always works.
 */
export default function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const t = useTranslations("pos.counter.camera")
  const videoRef = useRef<HTMLVideoElement>(null)
  const controlsRef = useRef<IScannerControls | null>(null)
  const [state, setState] = useState<"off" | "starting" | "on">("off")
  const [problem, setProblem] = useState<Problem | null>(null)

  const stop = useCallback(() => {
    controlsRef.current?.stop()
    controlsRef.current = null
    setState("off")
  }, [])

  useEffect(() => () => controlsRef.current?.stop(), [])

  async function start() {
    setProblem(null)
    if (typeof navigator === "undefined" || !navigator.mediaDevices?.getUserMedia) {
      // no camera API at all, or a page served over plain http (browsers allow cameras on https and localhost only)
      setProblem("unsupported")
      return
    }
    setState("starting")
    try {
      const { BrowserMultiFormatReader } = await import("@zxing/browser")
      const reader = new BrowserMultiFormatReader()
      const video = videoRef.current
      if (!video) return
      controlsRef.current = await reader.decodeFromConstraints(
        { audio: false, video: { facingMode: { ideal: "environment" } } },
        video,
        (result, _error, controls) => {
          if (!result) return
          controls.stop()
          controlsRef.current = null
          setState("off")
          onCode(result.getText())
        }
      )
      setState("on")
    } catch (error) {
      controlsRef.current = null
      setState("off")
      const name = (error as { name?: string })?.name
      setProblem(
        name === "NotAllowedError" || name === "SecurityError"
          ? "denied"
          : name === "NotFoundError" || name === "OverconstrainedError" || name === "NotReadableError"
            ? "noCamera"
            : "other"
      )
    }
  }

  return (
    <div className="space-y-2" data-testid="pos-camera">
      {state === "off" ? (
        <button
          type="button"
          onClick={start}
          data-testid="pos-camera-start"
          className="inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-xl bg-white px-4 text-base font-semibold text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50 sm:w-auto"
        >
          {t("start")}
        </button>
      ) : (
        <button
          type="button"
          onClick={stop}
          data-testid="pos-camera-stop"
          className="inline-flex min-h-12 w-full items-center justify-center rounded-xl bg-brand-800 px-4 text-base font-semibold text-white hover:bg-brand-900 sm:w-auto"
        >
          {state === "starting" ? t("starting") : t("stop")}
        </button>
      )}
      <video
        ref={videoRef}
        muted
        playsInline
        aria-label={t("preview")}
        className={state === "off" ? "hidden" : "aspect-video w-full max-w-md rounded-xl bg-black object-cover"}
      />
      {state === "on" && <p className="text-sm text-muted">{t("aim")}</p>}
      {problem && (
        <p
          role="alert"
          data-testid="pos-camera-problem"
          className="rounded-lg bg-clay-50 p-3 text-sm font-medium text-clay-700 ring-1 ring-clay-100"
        >
          {t(`problem.${problem}`)}
        </p>
      )}
    </div>
  )
}
