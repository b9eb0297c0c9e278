import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124134654 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_member" drop constraint if exists "producer_member_email_unique";`);
    this.addSql(`alter table if exists "producer_invite" drop constraint if exists "producer_invite_token_unique";`);
    this.addSql(`create table if not exists "producer_invite" ("id" text not null, "producer_id" text not null, "email" text not null, "token" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_invite_producer_id" ON "producer_invite" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_invite_token_unique" ON "producer_invite" ("token") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_invite_deleted_at" ON "producer_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_member" ("id" text not null, "producer_id" text not null, "email" text not null, "name" text null, "role" text check ("role" in ('owner', 'member')) not null default 'member', "auth_identity_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_member_producer_id" ON "producer_member" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_member_deleted_at" ON "producer_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_member_email_unique" ON "producer_member" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "producer_invite" add constraint "producer_invite_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "producer_member" add constraint "producer_member_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_approval_status_check";`);

    this.addSql(`alter table if exists "producer" add column if not exists "business_registration_number" text null, add column if not exists "logo_url" text null, add column if not exists "rejection_reason" text null, add column if not exists "approval_decided_at" timestamptz null;`);
    this.addSql(`alter table if exists "producer" add constraint "producer_approval_status_check" check("approval_status" in ('pending_approval', 'approved', 'rejected', 'suspended'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_invite" cascade;`);

    this.addSql(`drop table if exists "producer_member" cascade;`);

    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_approval_status_check";`);

    this.addSql(`alter table if exists "producer" drop column if exists "business_registration_number", drop column if exists "logo_url", drop column if exists "rejection_reason", drop column if exists "approval_decided_at";`);

    this.addSql(`alter table if exists "producer" add constraint "producer_approval_status_check" check("approval_status" in ('pending_approval', 'approved', 'suspended'));`);
  }

}
