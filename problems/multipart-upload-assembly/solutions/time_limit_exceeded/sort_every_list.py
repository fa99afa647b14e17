class MultipartUploads:

    def __init__(self, minPartSize: int):
        self.min_size = minPartSize
        self.uploads = []   # [key, state, {part: (etag, size)}]
        self.objects = {}

    def initiate(self, key: str) -> int:
        self.uploads.append([key, "active", {}])
        return len(self.uploads)

    def _active(self, upload_id):
        if 1 <= upload_id <= len(self.uploads) and self.uploads[upload_id - 1][1] == "active":
            return self.uploads[upload_id - 1]
        return None

    def uploadPart(self, uploadId: int, partNumber: int, etag: str, size: int) -> bool:
        upload = self._active(uploadId)
        if upload is None:
            return False
        upload[2][partNumber] = (etag, size)
        return True

    def complete(self, uploadId: int, partNumbers: List[int], etags: List[str]) -> int:
        upload = self._active(uploadId)
        if upload is None or not partNumbers or partNumbers != sorted(set(partNumbers)):
            return -1
        parts = upload[2]
        for i, (n, e) in enumerate(zip(partNumbers, etags)):
            if n not in parts or parts[n][0] != e:
                return -1
            if i + 1 < len(partNumbers) and parts[n][1] < self.min_size:
                return -1
        upload[1] = "completed"
        self.objects[upload[0]] = sum(parts[n][1] for n in partNumbers)
        return self.objects[upload[0]]

    def abort(self, uploadId: int) -> bool:
        upload = self._active(uploadId)
        if upload is None:
            return False
        upload[1] = "aborted"
        return True

    def listParts(self, uploadId: int, partNumberMarker: int, maxParts: int) -> List[int]:
        upload = self._active(uploadId)
        if upload is None:
            return []
        return [n for n in sorted(upload[2]) if n > partNumberMarker][:maxParts]

    def objectSize(self, key: str) -> int:
        return self.objects.get(key, -1)
