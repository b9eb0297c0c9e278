import { Input } from "@medusajs/ui"
import type { ComponentProps } from "react"
import { FormRow } from "../form-row"

type Props = Omit<ComponentProps<typeof Input>, "id" | "value" | "onChange"> & {
  /** also the input's data-testid, as every retail form names its fields */
  id: string
  label: string
  hint?: string
  value: string
  onChange: (value: string) => void
}

/** A labelled text input of a retail form; other input props (type, min, placeholder…) pass through. */
export const TextField = ({ id, label, hint, value, onChange, ...input }: Props) => (
  <FormRow id={id} label={label} hint={hint}>
    <Input id={id} data-testid={id} value={value} onChange={(e) => onChange(e.target.value)} {...input} />
  </FormRow>
)
