CREATE TABLE "signing_keys" (
	"key_id" text PRIMARY KEY NOT NULL,
	"congress_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"alg" text NOT NULL,
	"public_key" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"role" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ballot_signatures" (
	"ballot_id" uuid NOT NULL,
	"key_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"sig" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ballot_signatures_ballot_id_key_id_pk" PRIMARY KEY("ballot_id","key_id")
);
--> statement-breakpoint
ALTER TABLE "congresses" ADD COLUMN "hash_alg" text DEFAULT 'sha256' NOT NULL;--> statement-breakpoint
ALTER TABLE "congresses" ADD COLUMN "certification_rule" jsonb DEFAULT '{"chief":1,"total":2}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "ledgers" ADD COLUMN "hash_alg" text DEFAULT 'sha256' NOT NULL;--> statement-breakpoint
ALTER TABLE "signing_keys" ADD CONSTRAINT "signing_keys_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_keys" ADD CONSTRAINT "signing_keys_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_signatures" ADD CONSTRAINT "ballot_signatures_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_signatures" ADD CONSTRAINT "ballot_signatures_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signing_keys_congress" ON "signing_keys" USING btree ("congress_id","status");--> statement-breakpoint
CREATE INDEX "signing_keys_account" ON "signing_keys" USING btree ("account_id");