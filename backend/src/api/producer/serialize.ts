import type { ProducerMemberRecord, ProducerRecord } from "./context"

/** The producer as its own portal shows it. */
export function toPortalProducer(p: ProducerRecord) {
  return {
    id: p.id,
    name: p.name,
    handle: p.handle,
    type: p.type,
    tax_code: p.tax_code ?? null,
    business_registration_number: p.business_registration_number ?? null,
    province_code: p.province_code,
    commune: p.commune ?? null,
    address: p.address ?? null,
    phone: p.phone ?? null,
    email: p.email ?? null,
    story: p.story ?? null,
    logo_url: p.logo_url ?? null,
    approval_status: p.approval_status,
    rejection_reason: p.rejection_reason ?? null,
    approval_decided_at: p.approval_decided_at ?? null,
    created_at: p.created_at,
  }
}

export function toPortalMember(m: ProducerMemberRecord | (Record<string, any> & { id: string })) {
  return {
    id: m.id,
    email: m.email,
    name: m.name ?? null,
    role: m.role,
    producer_id: (m as any).producer_id ?? (m as any).producer?.id ?? null,
    created_at: (m as any).created_at ?? null,
  }
}
