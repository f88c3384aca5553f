CREATE TABLE "ballot_box" (
	"receipt" text PRIMARY KEY NOT NULL,
	"ballot_id" uuid NOT NULL,
	"retry_key" text NOT NULL,
	"choices" jsonb,
	"seq" integer
);
--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "void_request" jsonb;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "ballot_box" ADD CONSTRAINT "ballot_box_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ballot_box_retry" ON "ballot_box" USING btree ("retry_key");--> statement-breakpoint
CREATE INDEX "ballot_box_ballot" ON "ballot_box" USING btree ("ballot_id");--> statement-breakpoint
ALTER TABLE "ballot_cards" DROP COLUMN "cast_digest";--> statement-breakpoint
ALTER TABLE "ballot_cards" DROP COLUMN "receipt";--> statement-breakpoint
ALTER TABLE "ballot_cards" DROP COLUMN "receipt_seq";