import { Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = { id: string; label: string; hint?: string; error?: string; children: ReactNode }

export const FormRow = ({ id, label, hint, error, children }: Props) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} weight="plus" size="small">
      {label}
    </Label>
    {children}
    {hint && !error && <Hint>{hint}</Hint>}
    {error && (
      <Hint variant="error" data-testid={`${id}-error`}>
        {error}
      </Hint>
    )}
  </div>
)
