import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207113100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "producer_upload" ("id" text not null, "producer_id" text not null, "file_id" text not null, "url" text not null, "purpose" text check ("purpose" in ('image', 'document')) not null, "content_type" text not null, "size" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_upload_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_upload_deleted_at" ON "producer_upload" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_upload_producer_id_created_at" ON "producer_upload" ("producer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_upload_file_id" ON "producer_upload" ("file_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_upload" cascade;`);
  }

}
