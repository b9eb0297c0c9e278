import { Button, Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { useLang } from "../../hooks/use-lang"
import { useAddBooth } from "../../hooks/use-retail"
import type { Fair } from "../../lib/types"
import { FormRow } from "../form-row"
import { backendMessage } from "./backend-error"
import { FormDrawer } from "./form-drawer"

const EMPTY = { name: "", operator: "" }

/** "Thêm gian hàng": a booth at this fair, open only while the fair is on. */
export const AddBoothDrawer = ({ fair }: { fair: Pick<Fair, "id" | "name"> }) => {
  const { t } = useLang()
  const mutation = useAddBooth(fair.id)
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(EMPTY)
  const [error, setError] = useState<string | null>(null)

  const onOpenChange = (next: boolean) => {
    if (next) {
      setForm(EMPTY)
      setError(null)
    }
    setOpen(next)
  }

  const submit = async () => {
    setError(null)
    try {
      await mutation.mutateAsync({ name: form.name.trim(), ...(form.operator.trim() ? { operator: form.operator.trim() } : {}) })
      toast.success(t.retail.fairs.boothAdded)
      setOpen(false)
    } catch (e) {
      setError(backendMessage(e))
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      trigger={
        <Button size="small" variant="secondary" data-testid="retail-booth-add">
          {t.retail.fairs.addBooth}
        </Button>
      }
      title={t.retail.fairs.boothTitle(fair.name)}
      description={t.retail.fairs.boothIntro}
      submitLabel={t.retail.fairs.boothSubmit}
      onSubmit={submit}
      isPending={mutation.isPending}
      error={error}
      testId="retail-booth-form"
    >
      <FormRow id="retail-booth-name" label={t.retail.fairs.boothName}>
        <Input id="retail-booth-name" data-testid="retail-booth-name" value={form.name} onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))} />
      </FormRow>
      <FormRow id="retail-booth-operator" label={t.retail.optional(t.retail.fairs.boothOperator)}>
        <Input id="retail-booth-operator" data-testid="retail-booth-operator" value={form.operator}
          onChange={(e) => setForm((f) => ({ ...f, operator: e.target.value }))} />
      </FormRow>
    </FormDrawer>
  )
}
