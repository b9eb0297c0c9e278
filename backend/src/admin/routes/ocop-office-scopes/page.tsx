import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Button, Container, Select, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { OfficePageHeader } from "../../components/office-page-header"
import { backendMessage } from "../../components/retail/backend-error"
import { useAssignOfficeScope, useMyOfficeScope, useOfficeUsers, type OfficeUser } from "../../hooks/use-office-scope"
import { PROVINCES } from "../../lib/domain"
import { useLang } from "../../hooks/use-lang"

const NATIONAL = "national"

/** One user's row: their scope and, for another user, a select to assign national or a province. */
const ScopeRow = ({ user, isSelf }: { user: OfficeUser; isSelf: boolean }) => {
  const { t } = useLang()
  const assign = useAssignOfficeScope()
  const current = user.scope ? (user.scope.kind === "national" ? NATIONAL : (user.scope.province_code ?? "")) : ""
  const [choice, setChoice] = useState(current)
  const save = () =>
    assign.mutate(
      { user_id: user.id, scope: choice === NATIONAL ? "national" : "province", province_code: choice === NATIONAL ? null : choice },
      { onSuccess: () => toast.success(t("scopes.page.saved")), onError: (e) => toast.error(backendMessage(e)) }
    )
  return (
    <Table.Row data-testid={`office-user-${user.email}`}>
      <Table.Cell>
        {user.email}
        {isSelf && (
          <Text size="xsmall" className="text-ui-fg-subtle inline">
            {" "}
            ({t("scopes.page.you")})
          </Text>
        )}
      </Table.Cell>
      <Table.Cell data-testid="office-user-scope">{user.scope?.label ?? t("scopes.page.none")}</Table.Cell>
      <Table.Cell>
        {!isSelf && (
          <div className="flex items-center gap-x-2">
            <Select value={choice} onValueChange={setChoice}>
              <Select.Trigger data-testid="office-user-scope-select" className="w-56">
                <Select.Value placeholder={t("scopes.page.choose")} />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NATIONAL}>{t("scopes.page.national")}</Select.Item>
                {PROVINCES.map((p) => (
                  <Select.Item key={p.code} value={p.code}>
                    {p.code} · {p.vi}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Button
              size="small"
              variant="secondary"
              disabled={!choice || choice === current || assign.isPending}
              onClick={save}
              data-testid="office-user-scope-save"
            >
              {t("scopes.page.save")}
            </Button>
          </div>
        )}
      </Table.Cell>
    </Table.Row>
  )
}

/** Who in the OCOP office may act where: national accounts give each account a province or national scope. */
const OfficeScopesPage = () => {
  const { t } = useLang()
  const me = useMyOfficeScope()
  const isNational = me.data?.scope?.kind === "national"
  const users = useOfficeUsers(isNational)
  return (
    <Container className="divide-y p-0" data-testid="office-scopes-page">
      <OfficePageHeader title={t("scopes.page.title")} subtitle={t("scopes.page.subtitle")} />
      {me.data && !isNational && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-6" data-testid="office-scopes-national-only">
          {t("scopes.page.nationalOnly")}
        </Text>
      )}
      {isNational && users.data && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("scopes.page.user")}</Table.HeaderCell>
              <Table.HeaderCell>{t("scopes.page.scope")}</Table.HeaderCell>
              <Table.HeaderCell>{t("scopes.page.change")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {users.data.users.map((u) => (
              <ScopeRow key={`${u.id}-${u.scope?.label ?? ""}`} user={u} isSelf={u.id === me.data?.user_id} />
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Phân quyền OCOP", icon: Users })

export default OfficeScopesPage
