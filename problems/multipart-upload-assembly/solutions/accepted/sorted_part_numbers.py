class MultipartUploads:

    def __init__(self, minPartSize: int):
        self.min_size = minPartSize
        self.uploads = {}  # upload id -> [key, {part: (etag, size)}, sorted part numbers]; active only
        self.next_id = 1
        self.objects = {}  # key -> size of the last completed object

    def initiate(self, key: str) -> int:
        upload_id = self.next_id
        self.next_id += 1
        self.uploads[upload_id] = [key, {}, []]
        return upload_id

    def uploadPart(self, uploadId: int, partNumber: int, etag: str, size: int) -> bool:
        upload = self.uploads.get(uploadId)
        if upload is None:
            return False
        if partNumber not in upload[1]:
            bisect.insort(upload[2], partNumber)
        upload[1][partNumber] = (etag, size)
        return True

    def complete(self, uploadId: int, partNumbers: List[int], etags: List[str]) -> int:
        upload = self.uploads.get(uploadId)
        if upload is None or not partNumbers:
            return -1
        parts, total = upload[1], 0
        for i, (number, etag) in enumerate(zip(partNumbers, etags)):
            if i > 0 and number <= partNumbers[i - 1]:
                return -1
            part = parts.get(number)
            if part is None or part[0] != etag:
                return -1
            if i < len(partNumbers) - 1 and part[1] < self.min_size:
                return -1
            total += part[1]
        self.objects[upload[0]] = total
        del self.uploads[uploadId]
        return total

    def abort(self, uploadId: int) -> bool:
        return self.uploads.pop(uploadId, None) is not None

    def listParts(self, uploadId: int, partNumberMarker: int, maxParts: int) -> List[int]:
        upload = self.uploads.get(uploadId)
        if upload is None:
            return []
        start = bisect.bisect_right(upload[2], partNumberMarker)
        return upload[2][start:start + maxParts]

    def objectSize(self, key: str) -> int:
        return self.objects.get(key, -1)
