import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207163608 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "payment_notification" ("id" text not null, "source" text check ("source" in ('vnpay', 'sepay')) not null, "reference" text null, "amount" integer not null, "outcome" text not null, "payment_session_id" text null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_notification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_notification_deleted_at" ON "payment_notification" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_notification" cascade;`);
  }

}
