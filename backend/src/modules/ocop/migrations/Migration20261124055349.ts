import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124055349 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_verification_code_unique";`);
    this.addSql(`create table if not exists "certificate" ("id" text not null, "verification_code" text not null, "decision_number" text not null, "issuer" text not null, "stars" integer not null, "score" real null, "product_set" integer not null, "issued_at" text not null, "valid_until" text not null, "extension_until" text null, "status" text check ("status" in ('pending_review', 'valid', 'reevaluation_pending', 'extended', 'suspended', 'expired', 'revoked', 'superseded', 'rejected')) not null default 'pending_review', "document_url" text null, "revocation_ground" text null, "superseded_reason" text null, "superseded_by_id" text null, "legacy_address" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_verification_code_unique" ON "certificate" ("verification_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_deleted_at" ON "certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_status_valid_until" ON "certificate" ("status", "valid_until") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "certificate_event" ("id" text not null, "certificate_id" text not null, "from_status" text null, "to_status" text not null, "actor_type" text not null, "actor_id" text null, "reason" text null, "document_url" text null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_event_certificate_id" ON "certificate_event" ("certificate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_event_deleted_at" ON "certificate_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "certificate_event" add constraint "certificate_event_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "certificate_event" drop constraint if exists "certificate_event_certificate_id_foreign";`);

    this.addSql(`drop table if exists "certificate" cascade;`);

    this.addSql(`drop table if exists "certificate_event" cascade;`);
  }

}
