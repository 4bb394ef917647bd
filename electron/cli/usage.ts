export const USAGE = `minutebook — records manager for a steering committee's secretariat

Usage:
  minutebook init [--db FILE]               create a new, empty archive (refused if one is there)
  minutebook serve [--db FILE] [--port N]   serve the app in a browser on 127.0.0.1 (prints the link)
  minutebook demo --db FILE                 load the Thanh Hóa 13/01/2021 demo into a new archive
  minutebook status [--db FILE]             show the archive's schema, integrity and audit-log chain
  minutebook start [--db FILE] [--init-if-missing]
                                            open the desktop app, or browser mode where Electron is missing;
                                            --init-if-missing first creates the archive if there is none
  minutebook document [--db FILE] roster COMMITTEE_ID [--date YYYY-MM-DD] --out FILE.docx
                                            write the committee's roster of that date (default today) as Word
  minutebook document [--db FILE] (minutes|invitation) MEETING_ID [--version N] --out FILE.docx
                                            write a meeting's minutes (biên bản) or invitation (giấy mời) as Word;
                                            finalized minutes as signed: the latest version, or version N
  minutebook document [--db FILE] conclusion CONCLUSION_ID --out FILE.docx
                                            write a conclusion notice (thông báo kết luận) as Word
  minutebook report [--db FILE] --as-of YYYY-MM-DD [--committee ID] --format xlsx|json --out FILE
                                            the actions report as of that day: counts by status per owner
                                            and per conclusion, and every action (Excel or JSON)
  minutebook roster --committee ID [--date YYYY-MM-DD] [--json] [--db FILE]
                                            the committee's roster on that day (default today):
                                            name, role, position, from, decision
  minutebook roster import --db FILE --committee ID FILE.(csv|xlsx) [--dry-run]
                                            import members from a spreadsheet: each bad row is printed
                                            as "dòng N, cột C: lý do" and nothing is written (exit 1)
  minutebook --help                         this text

The archive is --db FILE, else $MINUTEBOOK_DB, else minutebook.sqlite in the user-data folder.
Only init, demo and start --init-if-missing create an archive; every other command refuses a
missing or empty file.
Exit codes: 0 success, 1 failure, 2 usage error.
`;

export class UsageError extends Error {}
