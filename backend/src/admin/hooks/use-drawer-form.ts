import { toast } from "@medusajs/ui"
import { useState } from "react"
import { backendMessage } from "../components/retail/backend-error"

type Controls = { close: () => void; reset: () => void }

type Options<F, R> = {
  /** the form as it opens, every time */
  empty: F
  /** sends the form; a refusal's message is shown in the drawer */
  send: (form: F) => Promise<R>
  /** the toast once the backend accepted */
  success: string
  /** what follows success; by default the drawer closes */
  onSuccess?: (result: R, controls: Controls) => void
  /** more state to clear along with the form (e.g. a result shown instead of it) */
  onReset?: () => void
}

/** State and submit of a form drawer: it opens blank, shows the backend's refusal, toasts on success. */
export function useDrawerForm<F extends Record<string, string>, R>({ empty, send, success, onSuccess, onReset }: Options<F, R>) {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(empty)
  const [error, setError] = useState<string | null>(null)

  const set = (changes: Partial<F>) => setForm((f) => ({ ...f, ...changes }))
  const reset = () => {
    setForm(empty)
    setError(null)
    onReset?.()
  }
  const close = () => setOpen(false)

  const onOpenChange = (next: boolean) => {
    if (next) reset()
    setOpen(next)
  }

  const submit = async () => {
    setError(null)
    try {
      const result = await send(form)
      toast.success(success)
      if (onSuccess) onSuccess(result, { close, reset })
      else close()
    } catch (e) {
      setError(backendMessage(e))
    }
  }

  // `drawer` spreads onto <FormDrawer>; the fields use `form` and `set`
  return { form, set, reset, drawer: { open, onOpenChange, onSubmit: submit, error } }
}
