import { Button } from "@medusajs/ui"
import { useDrawerForm } from "../../hooks/use-drawer-form"
import { useLang } from "../../hooks/use-lang"
import { useAddBooth } from "../../hooks/use-retail"
import type { Fair } from "../../lib/types"
import { FormDrawer } from "./form-drawer"
import { TextField } from "./text-field"

/** "Thêm gian hàng": a booth at this fair, open only while the fair is on. */
export const AddBoothDrawer = ({ fair }: { fair: Pick<Fair, "id" | "name"> }) => {
  const { t } = useLang()
  const mutation = useAddBooth(fair.id)
  const { form, set, drawer } = useDrawerForm({
    empty: { name: "", operator: "" },
    send: (form) => mutation.mutateAsync({ name: form.name.trim(), ...(form.operator.trim() ? { operator: form.operator.trim() } : {}) }),
    success: t("retail.fairs.boothAdded"),
  })

  return (
    <FormDrawer
      {...drawer}
      trigger={
        <Button size="small" variant="secondary" data-testid="retail-booth-add">
          {t("retail.fairs.addBooth")}
        </Button>
      }
      title={t("retail.fairs.boothTitle", { fair: fair.name })}
      description={t("retail.fairs.boothIntro")}
      submitLabel={t("retail.fairs.boothSubmit")}
      isPending={mutation.isPending}
      testId="retail-booth-form"
    >
      <TextField id="retail-booth-name" label={t("retail.fairs.boothName")} value={form.name} onChange={(name) => set({ name })} />
      <TextField
        id="retail-booth-operator"
        label={t("retail.optional", { label: t("retail.fairs.boothOperator") })}
        value={form.operator}
        onChange={(operator) => set({ operator })}
      />
    </FormDrawer>
  )
}
