ALTER TABLE "paper_totals" ADD COLUMN "entered_sig" jsonb;--> statement-breakpoint
ALTER TABLE "paper_totals" ADD COLUMN "confirmed_sig" jsonb;