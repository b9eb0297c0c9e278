import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Counter staff join by invitation (hashed one-time token) and can be disabled, their sessions ended. */
export class Migration20261207110000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "retail_staff" add column if not exists "auth_identity_id" text null, add column if not exists "disabled_at" timestamptz null, add column if not exists "sessions_revoked_at" timestamptz null;`);

    this.addSql(`create table if not exists "retail_staff_invite" ("id" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "staff_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "retail_staff_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_retail_staff_invite_token_hash_unique" ON "retail_staff_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_retail_staff_invite_staff_id" ON "retail_staff_invite" ("staff_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_retail_staff_invite_deleted_at" ON "retail_staff_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "retail_staff_invite" add constraint "retail_staff_invite_staff_id_foreign" foreign key ("staff_id") references "retail_staff" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "retail_staff_invite" cascade;`);
    this.addSql(`alter table if exists "retail_staff" drop column if exists "auth_identity_id", drop column if exists "disabled_at", drop column if exists "sessions_revoked_at";`);
  }

}
