CREATE TABLE "attendance" (
	"sitting_id" uuid NOT NULL,
	"deputy_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	"marked_at" timestamp with time zone NOT NULL,
	"marked_by" uuid,
	CONSTRAINT "attendance_sitting_id_deputy_id_pk" PRIMARY KEY("sitting_id","deputy_id")
);
--> statement-breakpoint
CREATE TABLE "ballot_candidates" (
	"ballot_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"department_name" text,
	"estimate_yuan" bigint,
	"summary" text,
	"materials" jsonb,
	CONSTRAINT "ballot_candidates_ballot_id_candidate_id_pk" PRIMARY KEY("ballot_id","candidate_id")
);
--> statement-breakpoint
CREATE TABLE "ballot_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ballot_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"deputy_id" uuid,
	"status" text DEFAULT 'issued' NOT NULL,
	"cast_digest" text,
	"receipt" text,
	"receipt_seq" integer
);
--> statement-breakpoint
CREATE TABLE "ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"congress_id" uuid NOT NULL,
	"cycle_id" uuid,
	"sitting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"parent_ballot_id" uuid,
	"title" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"rules" jsonb NOT NULL,
	"ledger_id" uuid NOT NULL,
	"roster_count" integer,
	"present_count" integer,
	"cast_count" integer DEFAULT 0 NOT NULL,
	"cards_issued" integer DEFAULT 0 NOT NULL,
	"live_counts" jsonb,
	"result" jsonb,
	"certified_by" text,
	"screen_mode" text DEFAULT 'auto' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"tallied_at" timestamp with time zone,
	"certified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "paper_totals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ballot_id" uuid NOT NULL,
	"per_candidate" jsonb NOT NULL,
	"valid" integer NOT NULL,
	"invalid" integer NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"confirmed_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sittings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"congress_id" uuid NOT NULL,
	"title" text NOT NULL,
	"date" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"congress_id" uuid NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"phase" text DEFAULT 'solicitation' NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"window_override_reason" text,
	"categories" jsonb NOT NULL,
	"seats" integer NOT NULL,
	"min_margin" integer DEFAULT 1 NOT NULL,
	"allow_equal" boolean DEFAULT false NOT NULL,
	"ledger_id" uuid NOT NULL,
	"list_fixed_at" timestamp with time zone,
	"next_number" integer DEFAULT 1 NOT NULL,
	"phase_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_co_proposers" (
	"proposal_id" uuid NOT NULL,
	"deputy_id" uuid NOT NULL,
	CONSTRAINT "proposal_co_proposers_proposal_id_deputy_id_pk" PRIMARY KEY("proposal_id","deputy_id")
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"congress_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"number" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"channel" text NOT NULL,
	"proposer_department_id" uuid,
	"proposer_deputy_id" uuid,
	"suggestion_id" uuid,
	"created_by" uuid NOT NULL,
	"title" text NOT NULL,
	"category" text,
	"background" text,
	"content" text,
	"location" text,
	"department_id" uuid,
	"estimate_yuan" bigint,
	"funding" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"deadline" date,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"feedback" text,
	"merged_into_id" uuid,
	"list_order" integer,
	"notes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"screened_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"congress_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"tracking_code" text NOT NULL,
	"channel" text NOT NULL,
	"title" text NOT NULL,
	"category" text,
	"content" text NOT NULL,
	"location" text,
	"suggester_name" text,
	"suggester_phone" text,
	"received_on" date NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"feedback" text,
	"proposal_id" uuid,
	"entered_by" uuid,
	"screened_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tablets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"congress_id" uuid NOT NULL,
	"name" text NOT NULL,
	"pairing_code_hash" text,
	"pairing_expires_at" timestamp with time zone,
	"device_token_hash" text,
	"paired_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_sitting_id_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."sittings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_deputy_id_deputies_id_fk" FOREIGN KEY ("deputy_id") REFERENCES "public"."deputies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_marked_by_accounts_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_candidates" ADD CONSTRAINT "ballot_candidates_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_cards" ADD CONSTRAINT "ballot_cards_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_cards" ADD CONSTRAINT "ballot_cards_deputy_id_deputies_id_fk" FOREIGN KEY ("deputy_id") REFERENCES "public"."deputies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_sitting_id_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."sittings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_ledger_id_ledgers_id_fk" FOREIGN KEY ("ledger_id") REFERENCES "public"."ledgers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_totals" ADD CONSTRAINT "paper_totals_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_totals" ADD CONSTRAINT "paper_totals_entered_by_accounts_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_totals" ADD CONSTRAINT "paper_totals_confirmed_by_accounts_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sittings" ADD CONSTRAINT "sittings_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_ledger_id_ledgers_id_fk" FOREIGN KEY ("ledger_id") REFERENCES "public"."ledgers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_co_proposers" ADD CONSTRAINT "proposal_co_proposers_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_co_proposers" ADD CONSTRAINT "proposal_co_proposers_deputy_id_deputies_id_fk" FOREIGN KEY ("deputy_id") REFERENCES "public"."deputies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_proposer_department_id_departments_id_fk" FOREIGN KEY ("proposer_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_proposer_deputy_id_deputies_id_fk" FOREIGN KEY ("proposer_deputy_id") REFERENCES "public"."deputies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_suggestion_id_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."suggestions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_merged_into_id_proposals_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_entered_by_accounts_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tablets" ADD CONSTRAINT "tablets_congress_id_congresses_id_fk" FOREIGN KEY ("congress_id") REFERENCES "public"."congresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ballot_cards_token" ON "ballot_cards" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "ballot_cards_ballot" ON "ballot_cards" USING btree ("ballot_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "ballot_cards_recorded_deputy" ON "ballot_cards" USING btree ("ballot_id","deputy_id") WHERE status <> 'void' and deputy_id is not null;--> statement-breakpoint
CREATE INDEX "ballots_congress" ON "ballots" USING btree ("congress_id","cycle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cycles_congress_year" ON "cycles" USING btree ("congress_id","year");--> statement-breakpoint
CREATE INDEX "proposal_co_proposers_deputy" ON "proposal_co_proposers" USING btree ("deputy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "proposals_cycle_number" ON "proposals" USING btree ("cycle_id","number");--> statement-breakpoint
CREATE INDEX "proposals_cycle_status" ON "proposals" USING btree ("cycle_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "suggestions_tracking_code" ON "suggestions" USING btree ("tracking_code");--> statement-breakpoint
CREATE INDEX "suggestions_cycle_status" ON "suggestions" USING btree ("cycle_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "tablets_device_token" ON "tablets" USING btree ("device_token_hash");--> statement-breakpoint
CREATE INDEX "tablets_congress" ON "tablets" USING btree ("congress_id");