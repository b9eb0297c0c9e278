import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124055350 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_handle_unique";`);
    this.addSql(`create table if not exists "producer" ("id" text not null, "name" text not null, "handle" text not null, "type" text not null, "tax_code" text null, "province_code" text not null, "commune" text null, "address" text null, "legacy_address" text null, "phone" text null, "email" text null, "story" text null, "approval_status" text check ("approval_status" in ('pending_approval', 'approved', 'suspended')) not null default 'approved', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_handle_unique" ON "producer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer" cascade;`);
  }

}
