import type { ReactNode } from "react"
import "@/styles/globals.css"

/** The real document (<html>, <body>) is in [locale]/layout.tsx, where the language is known. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
