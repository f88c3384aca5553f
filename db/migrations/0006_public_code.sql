ALTER TABLE "congresses" ADD COLUMN "public_code" text;--> statement-breakpoint
ALTER TABLE "congresses" ADD COLUMN "public_code_chosen_at" timestamp with time zone;--> statement-breakpoint
-- Congresses made before codes existed get one derived from their level and age (county-1, county-2, …); public_code_chosen_at stays null, so the secretariat may replace it once in the console.
UPDATE "congresses" SET "public_code" = "derived"."code" FROM (SELECT "id", "level" || '-' || row_number() OVER (PARTITION BY "level" ORDER BY "created_at", "id") AS "code" FROM "congresses") AS "derived" WHERE "derived"."id" = "congresses"."id";--> statement-breakpoint
ALTER TABLE "congresses" ALTER COLUMN "public_code" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "congresses_public_code" ON "congresses" USING btree ("public_code");
