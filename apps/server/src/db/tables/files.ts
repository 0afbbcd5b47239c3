export interface FileObjectTable {
  id: string;
  sha256: string;
  size: number;
  name: string;
  content_type: string;
  uploaded_by: string;
  created_at: Date;
  deleted_at: Date | null;
}
