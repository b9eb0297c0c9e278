import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207094530 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "office_scope" ("id" text not null, "user_id" text not null, "scope" text check ("scope" in ('national', 'province')) not null, "province_code" text null, "assigned_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "office_scope_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_office_scope_deleted_at" ON "office_scope" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_office_scope_user_id_unique" ON "office_scope" ("user_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "office_scope" cascade;`);
  }

}
